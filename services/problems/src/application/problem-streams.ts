import { streamName } from '@deskstream/kernel';

/** The problems service's own stream categories: `<category>-<tenant>.<id>`. */
export const PROBLEM_CATEGORY = 'problem';
/** What the incidents service published about one incident, as the problems service recorded it. */
export const INCIDENT_ACTIVITY_CATEGORY = 'problemincident';
/** One trend-detection workflow per cluster (a service, configuration item, category or major incident). */
export const CLUSTER_CATEGORY = 'problemcluster';
export const REFERENCE_CATEGORY = 'problemref';
export const SETTINGS_CATEGORY = 'problemsettings';

export const problemStream = (tenantId: string, problemId: string): string => streamName(PROBLEM_CATEGORY, tenantId, problemId);
export const incidentActivityStream = (tenantId: string, incidentId: string): string => streamName(INCIDENT_ACTIVITY_CATEGORY, tenantId, incidentId);
export const clusterStream = (tenantId: string, clusterId: string): string => streamName(CLUSTER_CATEGORY, tenantId, clusterId);
