// A labelled form field with its hint and error, wired for screen readers (aria-describedby,
// aria-invalid), so every input in the app is labelled the same way.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// `id` defaults to the field's name; give one when a page shows two forms with the same field
// name (e.g. a move reason and a cancel reason), so every id on the page stays unique.
type Common = { label: string; name: string; id?: string; error?: string; hint?: ReactNode };

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-700 disabled:bg-slate-100 disabled:text-slate-600 aria-[invalid=true]:border-red-600";

/** `name` here is the field's element id (labels, hints and errors point at it). */
function Wrapper({ label, name, error, hint, children }: Omit<Common, "id"> & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

const describedBy = (name: string, error?: string, hint?: ReactNode) =>
  error ? `${name}-error` : hint ? `${name}-hint` : undefined;

export function TextField({ label, name, id, error, hint, ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? name;
  return (
    <Wrapper label={label} name={fieldId} error={error} hint={hint}>
      <input
        id={fieldId}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(fieldId, error, hint)}
        className={inputClass}
        {...props}
      />
    </Wrapper>
  );
}

export function SelectField({
  label,
  name,
  id,
  error,
  hint,
  children,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const fieldId = id ?? name;
  return (
    <Wrapper label={label} name={fieldId} error={error} hint={hint}>
      <select
        id={fieldId}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(fieldId, error, hint)}
        className={inputClass}
        {...props}
      >
        {children}
      </select>
    </Wrapper>
  );
}

export function TextAreaField({ label, name, id, error, hint, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fieldId = id ?? name;
  return (
    <Wrapper label={label} name={fieldId} error={error} hint={hint}>
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(fieldId, error, hint)}
        className={inputClass}
        rows={3}
        {...props}
      />
    </Wrapper>
  );
}
