import { useId } from 'react';

export interface SearchFieldProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** Set it when other code needs to move focus back to the box. */
  id?: string;
}

/** A labelled search box, as the side panels use it. */
export function SearchField({ label, placeholder, value, onChange, id }: SearchFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <>
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      <input id={inputId} type="search" placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" />
    </>
  );
}
