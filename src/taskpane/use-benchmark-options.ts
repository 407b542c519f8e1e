// The choices on the start screen (column roles, typed parameters) and the advanced settings,
// as the engine options every analysis, run and what-if of the benchmark tab uses.
import { useMemo, useState } from 'react';
import type { AnalysisOptions, Role } from '../engine/benchmark';
import type { Language } from '../engine/core';
import { advancedOptions, type Advanced } from './AdvancedSettings';
import { readParameter, type ParameterField } from './StartScreen';

const NO_PARAMETERS: Record<ParameterField, string> = { inhabitants: '', totalFte: '', fteServed: '' };

export interface BenchmarkOptions {
  readonly options: AnalysisOptions;
  readonly parameters: Readonly<Record<ParameterField, string>>;
  readonly setRole: (column: number, role: Role | null) => void;
  readonly setParameter: (key: ParameterField, text: string) => void;
  /** Another table has other columns: the roles chosen for this one do not carry over. */
  readonly forgetRoles: () => void;
}

export function useBenchmarkOptions(language: Language, advanced: Advanced): BenchmarkOptions {
  const [overrides, setOverrides] = useState<Record<number, Role | null>>({});
  const [parameters, setParameters] = useState<Record<ParameterField, string>>(NO_PARAMETERS);
  const options: AnalysisOptions = useMemo(() => {
    const number = (key: ParameterField) => {
      const value = readParameter(parameters[key]);
      return typeof value === 'number' ? value : undefined;
    };
    return {
      language,
      overrides,
      inhabitants: number('inhabitants'),
      totalFte: number('totalFte'),
      fteServed: number('fteServed'),
      ...advancedOptions(advanced),
    };
  }, [language, overrides, parameters, advanced]);
  return {
    options,
    parameters,
    setRole: (column, role) => setOverrides((o) => ({ ...o, [column]: role })),
    setParameter: (key, text) => setParameters((p) => ({ ...p, [key]: text })),
    forgetRoles: () => setOverrides({}),
  };
}
