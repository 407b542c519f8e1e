// Fluent's MessageBar names itself by its MessageBarTitle (aria-labelledby = the title's id)
// whether or not a title is rendered (useMessageBarBase_unstable in @fluentui/react-message-bar).
// A bar without a title then points at an id that is not in the page, which axe reports as
// aria-valid-attr-value (the reference must exist: dequelabs/axe-core#2621). Spread onto a bar
// without a title, this makes it an unnamed group, whose text is read as it is.
export const UNTITLED_MESSAGE_BAR = { 'aria-labelledby': undefined } as const;
