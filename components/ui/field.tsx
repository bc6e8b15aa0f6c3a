// A labelled form field with its hint and error, wired for screen readers (aria-describedby,
// aria-invalid), so every input in the app is labelled the same way.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/** `id` defaults to the name; give one when the same field appears several times on a page. */
type Common = { label: string; name: string; error?: string; hint?: ReactNode; id?: string };

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-700 aria-[invalid=true]:border-red-600";

function Wrapper({ label, name, error, hint, children }: Common & { children: ReactNode }) {
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

export function TextField({ label, name, error, hint, ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Wrapper label={label} name={name} error={error} hint={hint}>
      <input
        id={name}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(name, error, hint)}
        className={inputClass}
        {...props}
      />
    </Wrapper>
  );
}

export function SelectField({ label, name, error, hint, children, ...props }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Wrapper label={label} name={name} error={error} hint={hint}>
      <select
        id={name}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(name, error, hint)}
        className={inputClass}
        {...props}
      >
        {children}
      </select>
    </Wrapper>
  );
}

export function TextAreaField({ label, name, error, hint, id, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const key = id ?? name;
  return (
    <Wrapper label={label} name={key} error={error} hint={hint}>
      <textarea
        id={key}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(key, error, hint)}
        className={inputClass}
        rows={3}
        {...props}
      />
    </Wrapper>
  );
}
