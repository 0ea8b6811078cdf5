import { useQueryClient } from '@tanstack/react-query';
import { type PlacementRecord, placementKeys } from './queries';

/**
 * What follows a command on a placement: the record the server answered replaces the cached one, and the lists that
 * show it (overview, candidate panel, hiring management) reload. `isWide` also reloads jobs and pipelines: a cancel
 * or reactivation gives or takes one of the job's openings and changes the entry's placement flag.
 */
export function usePlacementUpdate() {
  const queryClient = useQueryClient();
  return (answer: PlacementRecord, isWide = false) => {
    queryClient.setQueryData(placementKeys.record(answer.data.id), answer);
    void queryClient.invalidateQueries({ queryKey: ['placements', 'list'] });
    void queryClient.invalidateQueries({ queryKey: placementKeys.hiring });
    if (isWide) {
      void queryClient.invalidateQueries({ queryKey: ['jobs'] });
      void queryClient.invalidateQueries({ queryKey: ['pipeline'] });
    }
  };
}
