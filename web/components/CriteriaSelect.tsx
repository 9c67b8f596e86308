import { MultiSelect, Pill } from '@mantine/core';
import { criterionOptions, useAllCriteria } from '../lib/catalog';

interface CriteriaSelectProps {
  label: string;
  value: string[];
  onChange(ids: string[]): void;
  /** Only criteria of these categories can be picked (already chosen ones stay visible). */
  categories?: readonly string[];
  description?: string;
  placeholder?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}

/** Picks Trust Services Criteria, grouped by category and searchable by id or title. */
export function CriteriaSelect({
  label,
  value,
  onChange,
  categories,
  description,
  placeholder,
  error,
  required,
  disabled,
}: CriteriaSelectProps) {
  const criteria = useAllCriteria();
  const groups = criterionOptions(criteria.data, categories);
  // A criterion picked before its category left the scope must still show, or it would vanish silently.
  const known = new Set(groups.flatMap((g) => g.items.map((i) => i.value)));
  const stray = value.filter((v) => !known.has(v)).map((v) => ({ value: v, label: v }));
  const data = stray.length ? [...groups, { group: 'Outside the scope', items: stray }] : groups;
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length ? undefined : (placeholder ?? 'Search by id or title')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      hidePickedOptions
      maxDropdownHeight={280}
      nothingFoundMessage={criteria.isPending ? 'Loading criteria…' : 'No criterion matches'}
      error={error}
      required={required}
      disabled={disabled}
      comboboxProps={{ withinPortal: true }}
      renderPill={({ option, value: id, onRemove, disabled: off }) => (
        <Pill withRemoveButton={!off} onRemove={onRemove} title={option.label} removeButtonProps={{ 'aria-label': `Remove ${id}` }}>
          {id}
        </Pill>
      )}
    />
  );
}
