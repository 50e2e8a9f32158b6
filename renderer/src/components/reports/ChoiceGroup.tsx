/**
 * A few mutually exclusive choices as toggle buttons: Tab reaches each one, Enter or Space
 * picks it, and the keys of the desk keep working around them (arrow keys are the queue's).
 */
export function ChoiceGroup<V extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
  testId,
}: {
  label: string;
  value: V;
  options: readonly V[];
  optionLabel: (option: V) => string;
  onChange: (option: V) => void;
  testId: string;
}) {
  return (
    <div className="report-choice" role="group" aria-label={label} data-testid={testId}>
      <span className="report-choice-label" aria-hidden="true">
        {label}
      </span>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className={`btn btn-small${option === value ? ' is-active' : ''}`}
          aria-pressed={option === value}
          data-value={option}
          onClick={() => onChange(option)}
        >
          {optionLabel(option)}
        </button>
      ))}
    </div>
  );
}
