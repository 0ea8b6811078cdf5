import type { Placement, PlacementRecord } from './queries';
import { PlacementFormDialog } from './placement-form-dialog';
import { valuesOfPlacement } from './placement-form-values';

type PlacementEditDialogProps = { placement: Placement; mode: 'edit' | 'reactivate'; opened: boolean; onClose: () => void; onSaved: (record: PlacementRecord) => void };

/** The placement in edit mode: saves its terms (PATCH), or for a cancelled one places it again with them (B4). */
export function PlacementEditDialog({ placement, mode, opened, onClose, onSaved }: PlacementEditDialogProps) {
  const intro =
    mode === 'reactivate'
      ? `${placement.reference} was cancelled. “Place candidate” places ${placement.candidate.name} again with these terms: the placement becomes pending, its assignment needs approval again, and it takes one of the job's openings (refused if the job filled meanwhile).`
      : `Changes apply to ${placement.reference} and its assignment. The employment type stays as placed.`;
  return (
    <PlacementFormDialog
      mode={{ kind: mode, placementId: placement.id, reference: placement.reference, version: placement.version }}
      opened={opened}
      initialValues={valuesOfPlacement(placement)}
      organizationId={placement.organization.id}
      currency={placement.currency}
      employmentType={placement.employmentType}
      intro={intro}
      onClose={onClose}
      onSaved={onSaved}
    />
  );
}
