// The only way into this room from outside it.
export { buildFormationWishPlan } from './plan';
export { type FormationWish, type GapKind, analyseFormationWish } from './wish';
