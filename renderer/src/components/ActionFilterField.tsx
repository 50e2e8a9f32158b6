/** What the filter box of a list of actions is called and how the tests find it. */
interface ActionFilterFieldProps {
  id: string;
  label: string;
  placeholder: string;
  testId: string;
  value: string;
  onChange(value: string): void;
  /** The element that counts what the filter matched, when there is one. */
  describedBy?: string;
}

/** The filter of a list of actions (the keymap overlay, the settings' keys): a labelled search box that takes focus first. */
export function ActionFilterField({ id, label, placeholder, testId, value, onChange, describedBy }: ActionFilterFieldProps) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="text-input"
        data-autofocus=""
        data-testid={testId}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy}
      />
    </>
  );
}
