// Generated from the OpenAPI document by scripts/generate-api-client.mjs (openapi-typescript). Do not edit.
export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the stores and the bus are reachable (503 with the failing checks otherwise) */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in principal: tenant, user, name and roles */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every onboarded tenant */
        get: operations["TenantsController_list"];
        put?: never;
        /** Onboard a business unit from a template: its desk works at once, and its first admins can sign in */
        post: operations["TenantsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tenant: status, template, desks, first admins */
        get: operations["TenantsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{id}/identity-provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the OIDC provider the tenant's users sign in with: its tokens are accepted for this tenant only, their claims giving id, email, name and roles */
        put: operations["TenantsController_configureIdentityProvider"];
        post?: never;
        /** Remove the tenant's OIDC provider: its tokens are refused, and its users sign in with the installation's issuer again */
        delete: operations["TenantsController_removeIdentityProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a tenant: its users get 403 with the reason and its mail is refused (451); nothing is lost */
        post: operations["TenantsController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a suspended tenant */
        post: operations["TenantsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule the deletion of a suspended tenant exported since its suspension (409 `export-required` otherwise): it is deleted when the grace period (`deleteAfter`) is over */
        post: operations["TenantsController_delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{id}/cancel-deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled deletion during its grace period: the tenant stays suspended, nothing lost */
        post: operations["TenantsController_cancelDeletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The tenant's complete history as a portable archive, which POST /platform/tenants/import recreates it from */
        post: operations["TenantsController_export"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recreate a tenant from its archive (the file part `archive`): same events, same ids, same history; 409 if it exists here */
        post: operations["TenantsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's users, by id; `q` finds words in the name */
        get: operations["DirectoryUsersController_list"];
        put?: never;
        /** Register a user (tenant-admin); every name it gives must be in the directory */
        post: operations["DirectoryUsersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user; the ETag header is its revision */
        get: operations["DirectoryUsersController_get"];
        /** Replace a user as its next version (tenant-admin); `active: false` deactivates it */
        put: operations["DirectoryUsersController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's groups, by id; `q` finds words in the name */
        get: operations["DirectoryGroupsController_list"];
        put?: never;
        /** Register a group (tenant-admin); every name it gives must be in the directory */
        post: operations["DirectoryGroupsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One group; the ETag header is its revision */
        get: operations["DirectoryGroupsController_get"];
        /** Replace a group as its next version (tenant-admin); `active: false` deactivates it */
        put: operations["DirectoryGroupsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's services, by id; `q` finds words in the name */
        get: operations["DirectoryServicesController_list"];
        put?: never;
        /** Register a service (tenant-admin); every name it gives must be in the directory */
        post: operations["DirectoryServicesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service; the ETag header is its revision */
        get: operations["DirectoryServicesController_get"];
        /** Replace a service as its next version (tenant-admin); `active: false` deactivates it */
        put: operations["DirectoryServicesController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/configuration-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's configuration-items, by id; `q` finds words in the name */
        get: operations["DirectoryConfigurationItemsController_list"];
        put?: never;
        /** Register a configuration-item (tenant-admin); every name it gives must be in the directory */
        post: operations["DirectoryConfigurationItemsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/configuration-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One configuration-item; the ETag header is its revision */
        get: operations["DirectoryConfigurationItemsController_get"];
        /** Replace a configuration-item as its next version (tenant-admin); `active: false` deactivates it */
        put: operations["DirectoryConfigurationItemsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's locations, by id; `q` finds words in the name */
        get: operations["DirectoryLocationsController_list"];
        put?: never;
        /** Register a location (tenant-admin); every name it gives must be in the directory */
        post: operations["DirectoryLocationsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One location; the ETag header is its revision */
        get: operations["DirectoryLocationsController_get"];
        /** Replace a location as its next version (tenant-admin); `active: false` deactivates it */
        put: operations["DirectoryLocationsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's categories, by id; `q` finds words in the name */
        get: operations["DirectoryCategoriesController_list"];
        put?: never;
        /** Register a category (tenant-admin); every name it gives must be in the directory */
        post: operations["DirectoryCategoriesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One category; the ETag header is its revision */
        get: operations["DirectoryCategoriesController_get"];
        /** Replace a category as its next version (tenant-admin); `active: false` deactivates it */
        put: operations["DirectoryCategoriesController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people assignment offers for a group: its members that are active users, in the group's order */
        get: operations["GroupMembersController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/users/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a person (tenant-admin): their name and addresses read as erased in every record, history and export; counts and times stay */
        post: operations["PersonErasureController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's service accounts by id, with how many keys each has and how many are active (never a key) */
        get: operations["ServiceAccountsController_list"];
        put?: never;
        /** Create a service account with the roles its keys may carry */
        post: operations["ServiceAccountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/service-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account and its keys: scope, expiry, revocation, last use (never a secret) */
        get: operations["ServiceAccountsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/service-accounts/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue an API key: the answer shows it once; send it as X-API-Key or Authorization: Bearer */
        post: operations["ServiceAccountsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/service-accounts/{id}/keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a key for good */
        post: operations["ServiceAccountsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The queue: filter by status, group, assignee, priority, channel or text; sorted by priority, then oldest first
         * @description Requesters get their own tickets only. Pages with `limit` and the returned `nextCursor`.
         */
        get: operations["IncidentsController_list"];
        put?: never;
        /** Record an incident; it gets a reference like INC0001001 */
        post: operations["IncidentsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incident by id or reference, now or as it stood at `asOf` */
        get: operations["IncidentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the incident: who, when, and which fields changed */
        get: operations["IncidentsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The queue as it changes: each changed incident row, pushed as a server-sent event
         * @description A `text/event-stream` (send `Accept: text/event-stream` and the bearer token in the `Authorization` header, as a fetch-based event-source client does). First a `ready` event once the stream is live: every change committed after it arrives. Then one `incident` event per change, its data the queue row as `GET /incidents` lists it and its `id` the change's order. Only the caller's tenant, and for a requester only their own tickets. A client that reconnects re-reads the queue after `ready`.
         */
        get: operations["IncidentQueueFeedController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign to a group (and person, tier); a change is counted as a reassignment */
        post: operations["IncidentWorkController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start work (assigned -> in-progress) */
        post: operations["IncidentWorkController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put on hold: awaiting the caller, a named third party, or a change */
        post: operations["IncidentWorkController_hold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume held work */
        post: operations["IncidentWorkController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Classify: impact x urgency gives the priority through the tenant's matrix; changes count as reclassifications */
        post: operations["IncidentWorkController_classify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate: functional (next tier's group) or hierarchical (tell the group's manager) */
        post: operations["IncidentWorkController_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal work note or a public comment, with minutes spent; requesters comment publicly on their own tickets */
        post: operations["IncidentWorkController_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open incident */
        post: operations["IncidentWorkController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve with a closing category and notes; closes by itself after the quiet period */
        post: operations["IncidentResolutionController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/accept-resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caller (or an agent for them) accepts the resolution: the incident closes */
        post: operations["IncidentResolutionController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/reject-resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caller rejects the resolution: the incident reopens */
        post: operations["IncidentResolutionController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a resolved incident (a major incident needs its post-incident review first) */
        post: operations["IncidentResolutionController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a resolved incident, or a closed one within the tenant's reopen window */
        post: operations["IncidentResolutionController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caller's satisfaction rating (1..5) and comment, after resolution */
        post: operations["IncidentResolutionController_feedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/declare-major": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare a major incident with its manager and the rhythm of stakeholder updates */
        post: operations["MajorIncidentController_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/stakeholder-update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a stakeholder update; the next one falls due one interval later */
        post: operations["MajorIncidentController_update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/link-child": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a child incident to this master; it is resolved with it */
        post: operations["MajorIncidentController_linkChild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{idOrReference}/post-incident-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the post-incident review (required before the master closes) */
        post: operations["MajorIncidentController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incident-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's incident settings (defaults until changed) */
        get: operations["IncidentSettingsController_get"];
        /** Replace the settings (tenant-admin): what is left out takes its default; If-Match pins the revision read */
        put: operations["IncidentSettingsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some settings (JSON Merge Patch): what is left out keeps its value; If-Match pins the revision read */
        patch: operations["IncidentSettingsController_merge"];
        trace?: never;
    };
    "/api/v1/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's open major incidents, as the portal's front page announces them */
        get: operations["AnnouncementsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an import: form fields source, dateFormat, timeZone, mapping, then the CSV as the file part */
        post: operations["ImportJobsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import job: status, progress, and once finished its report (rows not applied, reconciliation) */
        get: operations["ImportJobsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service requests
         * @description Staff see the fulfilment queue (oldest first); requesters see their own requests (newest first).
         */
        get: operations["RequestsController_list"];
        put?: never;
        /** Submit a service request (or keep it as a draft); it gets a reference like REQ0001001 */
        post: operations["RequestsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request by id or reference, now or as it stood at `asOf` */
        get: operations["RequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the request with actor, time and what changed */
        get: operations["RequestsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for approval */
        post: operations["RequestActionsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve as one of the listed approvers; the last approval approves the request */
        post: operations["RequestActionsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject as one of the listed approvers; this ends the request */
        post: operations["RequestActionsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign the request to a group (and perhaps one of its people), once submitted and until fulfilled */
        post: operations["RequestActionsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set impact and urgency; the priority follows from the tenant's priority matrix */
        post: operations["RequestActionsController_classify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/add-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a fulfilment task with an assignee (approved requests) */
        post: operations["RequestActionsController_addTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/complete-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a fulfilment task */
        post: operations["RequestActionsController_completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the request fulfilled (every task must be complete) */
        post: operations["RequestActionsController_fulfil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a fulfilled request */
        post: operations["RequestActionsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open request (draft, awaiting approval or approved) */
        post: operations["RequestActionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{idOrReference}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a public comment or an internal work note (until the request is closed, rejected or cancelled) */
        post: operations["RequestActionsController_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's service catalog, for everyone of the tenant (defaults until changed); ETag is the revision */
        get: operations["ServiceCatalogController_get"];
        /** Change the catalog (tenant-admin): what is given replaces its value; If-Match pins the revision read (412 when it moved on) */
        put: operations["ServiceCatalogController_change"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a request type form; the ticket reference comes back at once and the ticket follows
         * @description With an Idempotency-Key, a retry returns the first answer and never makes a second ticket.
         */
        post: operations["SubmissionsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/submissions/{submissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One submission as recorded: status, ticket reference and every classification decision with its rule */
        get: operations["SubmissionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/backlog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submissions accepted whose ticket is not opened yet (this tenant's backlog) */
        get: operations["SubmissionsController_size"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/request-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The request types (forms) a user of this tenant may submit, at their current version */
        get: operations["RequestTypesController_list"];
        put?: never;
        /** Define a request type (version 1) */
        post: operations["RequestTypesController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/request-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request type at its current version; the ETag header is that version */
        get: operations["RequestTypesController_get"];
        /** Replace a request type's definition: a new version; submissions record the version they used */
        put: operations["RequestTypesController_revise"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/alerts/alertmanager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prometheus Alertmanager webhook (payload version 4) */
        post: operations["AlertsController_alertmanager"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A generic JSON alert: { name, status?, fingerprint?, service?, severity?, summary?, description?, labels? } */
        post: operations["AlertsController_generic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's intake settings */
        get: operations["IntakeSettingsController_get"];
        /** Replace the intake settings: what is left out takes its default */
        put: operations["IntakeSettingsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some intake settings (JSON Merge Patch): what is left out keeps its value */
        patch: operations["IntakeSettingsController_merge"];
        trace?: never;
    };
    "/api/v1/dev/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail captured instead of sent (embedded mode without a relay), newest first */
        get: operations["DevOutboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/chat/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The desk's chats (waiting ones unless a status is given); a requester gets their own */
        get: operations["ChatSessionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates, newest first: why each was raised and the incidents that triggered it */
        get: operations["CandidatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/candidates/{candidateId}/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Promote to a problem (origin incident-trend or major-incident); the incidents stay linked */
        post: operations["CandidatesController_promote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/candidates/{candidateId}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss with a reason, or snooze with a reason until a time (`snoozeUntil`) */
        post: operations["CandidatesController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Problems: filter by status, priority, service, origin, known error or text; worst first, then oldest */
        get: operations["ProblemsController_list"];
        put?: never;
        /** Record a problem; it gets a reference like PRB0001001 */
        post: operations["ProblemsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One problem by id or reference, now or as it stood at `asOf` */
        get: operations["ProblemsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the problem: who, when, and which fields changed */
        get: operations["ProblemsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Timeline analysis: every event of the problem and of every linked incident, and the analysts' entries, in time order
         * @description Built from history (the problem's stream and what the incidents service published about each linked incident).
         */
        get: operations["ProblemsController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The linked incidents with their current status */
        get: operations["ProblemsController_incidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** new -> assessed: impact x urgency (priority), category, manager, group */
        post: operations["ProblemLifecycleController_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an assessed problem as real */
        post: operations["ProblemLifecycleController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/mark-duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve as a duplicate of the master (code duplicate); the links move to the master */
        post: operations["ProblemLifecycleController_markDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve an assessed problem with code cancelled */
        post: operations["ProblemLifecycleController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/start-analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** assessed (confirmed) -> root-cause-analysis */
        post: operations["ProblemLifecycleController_startAnalysis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/start-fix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** root-cause-analysis -> fix-in-progress (needs a recorded cause) */
        post: operations["ProblemLifecycleController_startFix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/accept-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve without a fix (code risk-accepted) */
        post: operations["ProblemLifecycleController_acceptRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** fix-in-progress -> resolved (code fix-applied) */
        post: operations["ProblemLifecycleController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** resolved -> closed; open problem tasks are cancelled; a major problem needs its review first */
        post: operations["ProblemLifecycleController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/reanalyse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Back to root-cause-analysis (from fix-in-progress, resolved or closed) */
        post: operations["ProblemLifecycleController_reanalyse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/flag-major": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flag as a major problem: it is reviewed before closure */
        post: operations["ProblemLifecycleController_flagMajor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/review-major": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the major problem review */
        post: operations["ProblemLifecycleController_reviewMajor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/record-workaround": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record (a new version of) the workaround; with a cause it makes a known error */
        post: operations["ProblemWorkController_recordWorkaround"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/record-cause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record (a new version of) the root cause */
        post: operations["ProblemWorkController_recordCause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/publish-known-error": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the knowledge service for a known-error article (once per workaround and cause version) */
        post: operations["ProblemWorkController_publishKnownError"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/review-workaround": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review the workaround after its uses on incidents */
        post: operations["ProblemWorkController_reviewWorkaround"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/link-incident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link an incident (id or INC reference); the incidents service hears of it through an event */
        post: operations["ProblemWorkController_linkIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/unlink-incident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlink an incident */
        post: operations["ProblemWorkController_unlinkIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/communicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** With a workaround or fix on record: a public comment on every open linked incident (through an event) */
        post: operations["ProblemWorkController_communicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/add-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a problem task (an investigation step with its assignee) */
        post: operations["ProblemWorkController_addTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/complete-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a task (its assignee or the problem manager) */
        post: operations["ProblemWorkController_completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/add-timeline-entry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an entry from another source (a log line, a change, a deployment) at the time it happened */
        post: operations["ProblemWorkController_addTimelineEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/update-kt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save the Kepner-Tregoe worksheet (a new version); the record shows which candidate causes survive */
        post: operations["ProblemWorkController_updateKt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{idOrReference}/update-whys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save the 5 whys (a new version): why, answer, evidence */
        post: operations["ProblemWorkController_updateWhys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problem-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's problem settings (defaults until changed) */
        get: operations["ProblemSettingsController_get"];
        /** Replace the settings (tenant-admin): what is left out takes its default; If-Match pins the revision read */
        put: operations["ProblemSettingsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some settings (JSON Merge Patch): what is left out keeps its value; If-Match pins the revision read */
        patch: operations["ProblemSettingsController_merge"];
        trace?: never;
    };
    "/api/v1/sla/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's calendars, with the shipped defaults (24x7, business-hours) it has not replaced */
        get: operations["CalendarsController_list"];
        put?: never;
        /** Define a calendar: time zone, weekly working hours, holidays, included calendars */
        post: operations["CalendarsController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One calendar, current version */
        get: operations["CalendarsController_get"];
        /** Replace a calendar as its next version */
        put: operations["CalendarsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/calendars/{id}/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add holidays (a new version of the calendar) */
        post: operations["CalendarsController_addHolidays"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/calendars/{id}/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When `minutes` working minutes of this calendar have passed since `from` (UTC) */
        get: operations["CalendarsController_due"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/calendars/{id}/elapsed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working minutes of this calendar between `from` and `to` */
        get: operations["CalendarsController_elapsed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The definitions in force, each at its latest version */
        get: operations["DefinitionsController_list"];
        put?: never;
        /** Save a definition as its next version; answers it with warnings about conditions that can never attach or resume */
        post: operations["DefinitionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/definitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One definition at its latest version */
        get: operations["DefinitionsController_get"];
        /** Replace a definition as its next version */
        put: operations["DefinitionsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/definitions/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a definition: no new clocks; running ones keep the version they run under */
        post: operations["DefinitionsController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/clocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket's clocks (`ticket=`, optionally `asOf=`), or a queue of clocks (`breached=true&group=...`) */
        get: operations["ClocksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/clocks/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge the escalation of a clock: its reminders stop */
        post: operations["ClocksController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every notification the escalations decided (recipient, role, channel), optionally for one ticket */
        get: operations["ClocksController_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replays the tenant's tickets opened in the period through proposed definitions: would-breach vs. breached, and which tickets change */
        post: operations["ReplayController_whatIf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/repair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute clocks under the calendars and definitions in force now; every change is recorded with the reason */
        post: operations["ReplayController_repair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search articles (`q`, ranked, with highlights) or list them (no `q`, newest change first)
         * @description Filters: service, category, state, audience. Requesters see validated articles for requesters only. A search answers a `searchId`: pass it when opening a result (`GET …/{id}?searchId=`) so the gaps report knows the search found something. Without `q`, `sort` orders the list and `count=true` adds its total; a search is ranked and always has its total.
         */
        get: operations["ArticlesController_list"];
        put?: never;
        /** Draft an article (work in progress, version 0.1); it gets a reference like KB0001001 */
        post: operations["ArticlesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/articles/{idOrReference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article by id or reference: now, at `version`, or as it stood at `asOf` */
        get: operations["ArticlesController_get"];
        put?: never;
        post?: never;
        /** Delete a work-in-progress article (published ones are archived instead) */
        delete: operations["ArticlesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/articles/{idOrReference}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the article: versions, state changes, flags, feedback, links (agents) */
        get: operations["ArticlesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/articles/{idOrReference}/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Edit: a new minor version; editing a validated article without the right to validate sends it back to not-validated */
        post: operations["ArticleActionsController_edit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/articles/{idOrReference}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish work in progress to agents as not-validated (the next whole version) */
        post: operations["ArticleActionsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/articles/{idOrReference}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate (knowledge manager by default): requesters see it if it is for them */
        post: operations["ArticleActionsController_validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/articles/{idOrReference}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a published article, with the reason */
        post: operations["ArticleActionsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/articles/{idOrReference}/flag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flag it: wrong, outdated or unclear, with a comment; it joins the review queue */
        post: operations["ArticleActionsController_flag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/articles/{idOrReference}/resolve-flag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an open flag with what was done about it */
        post: operations["ArticleActionsController_resolveFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/articles/{idOrReference}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Helpful or not, with a comment; ratings carry over to later versions */
        post: operations["ArticleActionsController_feedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/articles/{idOrReference}/link-ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the article was used on a ticket (the reuse count; once per ticket) */
        post: operations["ArticleActionsController_linkTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles for what a requester is typing; fast enough for each (debounced) keystroke
         * @description The last word counts as a prefix of a word of the title or keywords. With `requestType`, articles of the category that form is filed under rank higher.
         */
        get: operations["KnowledgeController_suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/deflections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The portal reports a deflection: a suggested article was opened and the form abandoned */
        post: operations["KnowledgeController_deflection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flag it or fix it: articles with open flags, most flags first */
        get: operations["KnowledgeController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/incidents/{idOrReference}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Articles for an incident being worked: from its short description, its category first */
        get: operations["KnowledgeController_incidentSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Knowledge gaps: clusters of zero-result and no-click searches, and incident categories with many tickets and no validated article */
        get: operations["KnowledgeController_gaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's knowledge settings (defaults until changed) */
        get: operations["KnowledgeSettingsController_get"];
        /** Replace the settings (tenant-admin): what is left out takes its default; If-Match pins the revision read */
        put: operations["KnowledgeSettingsController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some settings (JSON Merge Patch): what is left out keeps its value; If-Match pins the revision read */
        patch: operations["KnowledgeSettingsController_merge"];
        trace?: never;
    };
    "/api/v1/reporting/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ticket facts, paged ({items, nextCursor}); Accept: text/csv or ?format=csv streams them all as CSV, ?format=arrow as Arrow IPC
         * @description CSV header: reference,sourceReference,kind,channel,priority,openedAt,resolvedAt,closedAt,status,reopenCount,reassignmentCount,caller,service,configurationItem,openingCategory,closingCategory,priorityHistory,assignmentGroupPath,tiers,firstAssignedAt,firstResponseAt,firstContactResolution,firstLevelResolution,slaOutcomes,csatScore,minutesLogged,cost,problemLinked,articleUsed. Instants are ISO 8601 UTC (Arrow: UTC millisecond timestamps); lists are flattened as in the CSV.
         */
        get: operations["TicketFactsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting/tickets/{idOrReference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ticket's facts, by ticket id or reference (404 for none, and for another tenant's) */
        get: operations["TicketFactsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * KPIs by dimension and bucket: {columns, rows}; Accept: text/csv or ?format=csv for CSV, ?format=arrow for Arrow IPC
         * @description Columns: the groupBy dimensions, then `bucket` if any, then the metrics as named. With asOf, dimensions take the values they had at that instant and backlog is the set open then. Unknown metrics or dimensions answer 400 naming the field. KPIs:
         *     - `volume`: Tickets opened in the period (openedAt in [from, to)).
         *     - `throughput`: Tickets whose latest resolution (resolvedAt) falls in the period. Grouped by agent (the resolver) or group: agent and group throughput.
         *     - `mttr_hours`: Mean time to resolve: mean of openedAt -> resolvedAt (the latest resolution, not closure) in calendar hours, over tickets resolved in the period. Time on hold counts.
         *     - `median_ttr_hours`: Median of openedAt -> resolvedAt (not closure) in calendar hours, over tickets resolved in the period.
         *     - `mttr_business_hours`: Mean of openedAt -> resolvedAt (not closure) in working hours of the tenant's reporting calendar, over tickets resolved in the period.
         *     - `mtta_hours`: Mean time to acknowledge: mean of openedAt -> firstResponseAt in calendar hours, over tickets first responded to in the period. A response is what the SLA definition counts as one: the completion of the ticket's response clock.
         *     - `fcr_rate`: First-contact resolution rate: % of tickets resolved in the period that were resolved by the agent of first contact (first assignee, else who recorded it) with no reassignment, escalation or reopen; for email within one working hour of opening, for other channels without a hold.
         *     - `flr_rate`: First-level resolution rate: % of tickets resolved in the period that never left tier 1 (no escalation, no assignment to tier 2 or 3).
         *     - `sla_compliance`: % of tickets resolved in the period with no breached clock other than cancelled ones (response and resolution targets alike).
         *     - `overdue_open`: Tickets open at the instant (end of the period or bucket, or asOf) with a clock, not cancelled, breached by then.
         *     - `backlog`: Tickets open (new, assigned or on hold: not resolved, closed or cancelled) at the instant: end of the period or bucket, or asOf.
         *     - `backlog_age_hours`: Mean age in calendar hours (instant - openedAt) of the tickets in the backlog at the instant.
         *     - `backlog_growth`: Tickets opened in the period minus tickets resolved in the period (latest resolution).
         *     - `reopen_rate`: % : reopenings in the period / resolutions in the period (every resolution counts, also those later reopened).
         *     - `reassignment_rate`: % of tickets resolved in the period that were reassigned at least once (to another group, or to another agent in the group).
         *     - `ping_pong_rate`: % of tickets resolved in the period whose group path contains A -> B -> A.
         *     - `csat_mean`: Mean satisfaction rating (1-5) of the ratings given in the period (ratedAt).
         *     - `csat_satisfied_pct`: % of the ratings given in the period that are 4 or 5.
         *     - `cost_per_ticket`: Mean cost of the tickets resolved in the period: minutes logged in each group x that group's hourly rate (reporting settings) / 60.
         *     - `minutes_logged`: Minutes logged on the tickets resolved in the period (all their time, whenever logged).
         */
        post: operations["ReportQueryController_query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's reporting settings (defaults until changed); ETag is the revision */
        get: operations["ReportingSettingsController_get"];
        /** Change the settings (tenant-admin); If-Match pins the revision read (412 when it moved on) */
        put: operations["ReportingSettingsController_change"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting/saved-queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's saved queries in id order, each with its schedule, runs and next run */
        get: operations["SavedQueriesController_list"];
        put?: never;
        /** Save a query, optionally scheduled daily or weekly; answers it with the next run instant */
        post: operations["SavedQueriesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting/saved-queries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A saved query, its schedule, how many periods it has run for, the last and the next */
        get: operations["SavedQueriesController_get"];
        /** Replace a saved query and its schedule */
        put: operations["SavedQueriesController_replace"];
        post?: never;
        /** Delete a saved query and cancel its schedule; deleting it again is 404 */
        delete: operations["SavedQueriesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My in-app notifications, newest first (`unread=true` for the unread ones) */
        get: operations["MyNotificationsController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read */
        post: operations["MyNotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My choice of notification channels (null: every channel the desk uses) */
        get: operations["MyNotificationPreferencesController_get"];
        /** Choose my notification channels, among those the desk allows */
        put: operations["MyNotificationPreferencesController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rules, templates and allowed channels (the defaults until changed); the ETag is the version */
        get: operations["NotificationAdminController_get"];
        /** Change rules, templates or channels as the next version */
        put: operations["NotificationAdminController_change"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notifications whose delivery gave up after every retry, newest first */
        get: operations["NotificationAdminController_deadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Try a dead-lettered notification again, from its first attempt */
        post: operations["NotificationAdminController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The embedded issuer's public signing keys (JWKS) */
        get: operations["WellKnownController_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The embedded issuer's OpenID Connect discovery document */
        get: operations["WellKnownController_discovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Embedded mode, loopback only: a token for a seeded user or a user of an onboarded tenant */
        post: operations["DevTokenController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the signed-in user's password (embedded issuer) */
        post: operations["PasswordController_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FieldError: {
            /** @description Dotted path of the field (`items.0.name`) */
            field: string;
            message: string;
        };
        /** @description RFC 9457 problem details. `type` is a stable URN (`urn:deskstream:problem:*`) to switch on. */
        Problem: {
            /** @example urn:deskstream:problem:validation-failed */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            /** @description One entry per failed field */
            errors?: components["schemas"]["FieldError"][];
            /** @description How many field errors there were, when more than are listed */
            errorCount?: number;
            /** @description Why a conflict was refused, machine-readable (`reopen-window-passed`) */
            reason?: string;
            currentStatus?: string;
            allowedActions?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description One record (ticket, article, calendar, setting...): its fields, revision (the ETag) and the actions the caller may take. */
        Record: {
            id?: string;
            /** @example INC0001001 */
            reference?: string;
            status?: string;
            revision?: number;
            allowedActions?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description One page of a list; pass `nextCursor` as `cursor` for the next one. */
        Page: {
            items: components["schemas"]["Record"][];
            nextCursor?: string | null;
            /** @description Only with `count=true` */
            total?: number;
        };
        FieldChange: {
            field: string;
            /** @description The value before (any JSON value; null when there was none) */
            from: unknown;
            /** @description The value after (any JSON value; null when there is none) */
            to: unknown;
        };
        HistoryEntry: {
            revision: number;
            /** @example IncidentAssigned */
            type: string;
            actor: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            visibility: "public" | "internal";
            changes: components["schemas"]["FieldChange"][];
        };
        History: {
            items: components["schemas"]["HistoryEntry"][];
        };
        DeskDto: {
            /** @example facilities@initech.example */
            address: string;
            /**
             * @description A kind of desk the template knows; mail to it becomes the template's request type for that kind
             * @example facilities
             */
            kind: string;
        };
        IdentityProviderDto: {
            /**
             * @description The tokens' `iss`: https (http only on localhost); no other tenant may share it
             * @example https://login.initech.example
             */
            issuer: string;
            /**
             * @description The provider's key set; left out, the one its discovery document (`<issuer>/.well-known/openid-configuration`) names
             * @example https://login.initech.example/.well-known/jwks.json
             */
            jwksUrl?: string;
            /**
             * @description The tokens' `aud`
             * @example deskstream
             */
            audience: string;
            /**
             * @description The claim holding the user's id (default: the installation's, else `sub`): lower-case letters, digits, '.', '_', '-'
             * @example sub
             */
            userClaim?: string;
            /**
             * @description The claim holding the user's address (default: the installation's, else `email`; ignored when `email_verified` is false)
             * @example email
             */
            emailClaim?: string;
            /**
             * @description The claim holding the user's display name (default: the installation's, else `name`)
             * @example name
             */
            nameClaim?: string;
            /**
             * @description The claim whose values give the user's roles (default: the installation's, else `roles`)
             * @example groups
             */
            rolesClaim?: string;
            /**
             * @description Claim value to role; left out, the installation's (else the claim's values are role names themselves). Values that map to no role give none
             * @example {
             *       "hr-agents": "agent",
             *       "hr-admins": "tenant-admin"
             *     }
             */
            roleMap?: {
                [key: string]: string;
            };
        };
        CreateTenantDto: {
            /**
             * @description Lower-case slug (letters, digits, "_"); never reused, even after deletion
             * @example initech
             */
            id: string;
            /** @example Initech facilities */
            name: string;
            /**
             * @example facilities
             * @enum {string}
             */
            template: "it" | "hr" | "facilities";
            /** @example America/Chicago */
            timeZone: string;
            /** @example en-US */
            locale: string;
            desks?: components["schemas"]["DeskDto"][];
            /**
             * @description User ids of the first administrators: they sign in at once
             * @example [
             *       "bill"
             *     ]
             */
            admins: string[];
            /** @description The OIDC provider the tenant's users sign in with; set later with PUT .../identity-provider */
            identityProvider?: components["schemas"]["IdentityProviderDto"];
        };
        SuspendTenantDto: {
            /** @example Contract ended; data kept until the export is taken */
            reason: string;
        };
        CreateUserDto: {
            name: string;
            /** @description Addresses mail from this user comes from; the first is where mail to them goes */
            emails?: string[];
            /**
             * @default UTC
             * @example Europe/Berlin
             */
            timeZone: string;
            /**
             * @default en-GB
             * @example de-DE
             */
            locale: string;
            /** @description The user this user reports to */
            manager?: Record<string, never> | null;
            roles?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst")[];
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
            id: string;
        };
        UserBodyDto: {
            name: string;
            /** @description Addresses mail from this user comes from; the first is where mail to them goes */
            emails?: string[];
            /**
             * @default UTC
             * @example Europe/Berlin
             */
            timeZone: string;
            /**
             * @default en-GB
             * @example de-DE
             */
            locale: string;
            /** @description The user this user reports to */
            manager?: Record<string, never> | null;
            roles?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst")[];
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
        };
        CreateGroupDto: {
            name: string;
            /** @description User ids */
            members?: string[];
            /** @description The group's manager (told on hierarchical escalation) */
            manager?: Record<string, never> | null;
            /**
             * @default 1
             * @enum {integer}
             */
            tier: 1 | 2 | 3;
            /** @description The business calendar (SLA calendar id) the group works on */
            calendar?: Record<string, never> | null;
            email?: Record<string, never> | null;
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
            id: string;
        };
        GroupBodyDto: {
            name: string;
            /** @description User ids */
            members?: string[];
            /** @description The group's manager (told on hierarchical escalation) */
            manager?: Record<string, never> | null;
            /**
             * @default 1
             * @enum {integer}
             */
            tier: 1 | 2 | 3;
            /** @description The business calendar (SLA calendar id) the group works on */
            calendar?: Record<string, never> | null;
            email?: Record<string, never> | null;
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
        };
        CreateServiceDto: {
            name: string;
            /** @description Group that owns the service */
            ownerGroup?: Record<string, never> | null;
            /** @description Group that supports it (where its tickets go) */
            supportGroup?: Record<string, never> | null;
            /**
             * @default medium
             * @enum {string}
             */
            criticality: "low" | "medium" | "high" | "critical";
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
            id: string;
        };
        ServiceBodyDto: {
            name: string;
            /** @description Group that owns the service */
            ownerGroup?: Record<string, never> | null;
            /** @description Group that supports it (where its tickets go) */
            supportGroup?: Record<string, never> | null;
            /**
             * @default medium
             * @enum {string}
             */
            criticality: "low" | "medium" | "high" | "critical";
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
        };
        CreateConfigurationItemDto: {
            name: string;
            /** @description Group that owns the service */
            ownerGroup?: Record<string, never> | null;
            /** @description Group that supports it (where its tickets go) */
            supportGroup?: Record<string, never> | null;
            /**
             * @default medium
             * @enum {string}
             */
            criticality: "low" | "medium" | "high" | "critical";
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
            /** @description The service this item is part of */
            service?: Record<string, never> | null;
            id: string;
        };
        ConfigurationItemBodyDto: {
            name: string;
            /** @description Group that owns the service */
            ownerGroup?: Record<string, never> | null;
            /** @description Group that supports it (where its tickets go) */
            supportGroup?: Record<string, never> | null;
            /**
             * @default medium
             * @enum {string}
             */
            criticality: "low" | "medium" | "high" | "critical";
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
            /** @description The service this item is part of */
            service?: Record<string, never> | null;
        };
        CreateLocationDto: {
            name: string;
            /**
             * @default UTC
             * @example Europe/Berlin
             */
            timeZone: string;
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
            id: string;
        };
        LocationBodyDto: {
            name: string;
            /**
             * @default UTC
             * @example Europe/Berlin
             */
            timeZone: string;
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
        };
        CreateCategoryDto: {
            name: string;
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
            id: string;
        };
        CategoryBodyDto: {
            name: string;
            /**
             * @description false deactivates the entry; names pointing to it stop being accepted
             * @default true
             */
            active: boolean;
        };
        GroupMemberDto: {
            /** @example resolver */
            id: string;
            /** @example Robin Resolver */
            name: string;
        };
        GroupMembersDto: {
            items: components["schemas"]["GroupMemberDto"][];
        };
        CreateServiceAccountDto: {
            id: string;
            name: string;
            roles: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst")[];
        };
        IssueApiKeyDto: {
            /** @description Narrows the account's roles; empty or left out: all of them */
            roles?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst")[];
            /**
             * @description `METHOD /api/v1/path` prefixes the key may call (`*` for any method)
             * @example [
             *       "POST /api/v1/intake/alerts"
             *     ]
             */
            endpoints: string[];
            expiresInDays: number;
        };
        OpenIncidentDto: {
            /**
             * @description User the incident is for; requesters always log for themselves
             * @example requester
             */
            caller?: string;
            /** @enum {string} */
            channel: "portal" | "email" | "chat" | "phone" | "api" | "monitoring";
            /**
             * @description Affected service
             * @example vpn
             */
            service?: string;
            configurationItem?: string;
            /** @example VPN drops every hour */
            shortDescription: string;
            /** @example Since Monday the VPN disconnects every hour and I lose my session */
            description: string;
            /** @description 1 = high */
            impact?: number;
            /** @description 1 = high */
            urgency?: number;
            /** @description Opening category, as the caller sees the affected service */
            category?: string;
            subcategory?: string;
            symptom?: string;
        };
        IncidentReceiptDto: {
            id: string;
            /** @example INC0001001 */
            reference: string;
            /** @enum {string} */
            status: "new" | "assigned" | "in-progress" | "on-hold" | "resolved" | "closed" | "cancelled";
            /** @enum {string} */
            priority: "P1" | "P2" | "P3" | "P4" | "P5";
            /** @description Stream revision; send it back as If-Match */
            revision: number;
        };
        IncidentSummaryDto: {
            id: string;
            /** @example INC0001001 */
            reference: string;
            /** @enum {string} */
            status: "new" | "assigned" | "in-progress" | "on-hold" | "resolved" | "closed" | "cancelled";
            /** @enum {string} */
            priority: "P1" | "P2" | "P3" | "P4" | "P5";
            group: string | null;
            assignee: string | null;
            caller: string;
            /** @enum {string} */
            channel: "portal" | "email" | "chat" | "phone" | "api" | "monitoring";
            service: string | null;
            tier: number;
            major: boolean;
            shortDescription: string;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the earliest running SLA clock is due (sort=slaDue); null when none runs
             */
            slaDueAt: string | null;
        };
        IncidentClassificationDto: {
            impact: number;
            urgency: number;
            /** @enum {string} */
            priority: "P1" | "P2" | "P3" | "P4" | "P5";
            category: string | null;
            subcategory: string | null;
            symptom: string | null;
        };
        IncidentNoteDto: {
            noteId: string;
            /** @enum {string} */
            visibility: "internal" | "public";
            text: string;
            minutes: number;
            failedAttempt: boolean;
            knowledgeArticle: string | null;
            relatedProblem: string | null;
            by: string;
            /** Format: date-time */
            at: string;
        };
        IncidentDto: {
            id: string;
            /** @description Stream revision; also the ETag, to send back as If-Match */
            revision: number;
            /** @description The actions the caller may take now; none in a historical (as-of) view */
            allowedActions: string[];
            /**
             * Format: date-time
             * @description Only in a historical view: the instant it shows (also in Memento-Datetime)
             */
            asOf?: string;
            /** @example INC0001001 */
            reference: string;
            /** @enum {string} */
            status: "new" | "assigned" | "in-progress" | "on-hold" | "resolved" | "closed" | "cancelled";
            /** @description The same as id */
            incidentId: string;
            caller: string;
            /** @enum {string} */
            channel: "portal" | "email" | "chat" | "phone" | "api" | "monitoring";
            service: string | null;
            configurationItem: string | null;
            shortDescription: string;
            description: string;
            /** @description Imported tickets: their number in the desk they came from */
            sourceReference?: string | null;
            classification: components["schemas"]["IncidentClassificationDto"];
            /** @enum {string} */
            priority: "P1" | "P2" | "P3" | "P4" | "P5";
            /** @description False while impact and urgency are the defaults */
            classified: boolean;
            reclassificationCount: number;
            group: string | null;
            assignee: string | null;
            tier: number;
            reassignmentCount: number;
            hierarchicalEscalation: boolean;
            /** @description Set while on hold */
            hold: {
                /** @enum {string} */
                reason: "awaiting-caller" | "awaiting-third-party" | "awaiting-change";
                thirdParty: string | null;
            } | null;
            /** @description Work notes and comments; a requester sees the public ones only */
            notes: components["schemas"]["IncidentNoteDto"][];
            noteIds: string[];
            minutesLogged: number;
            failedAttempts: number;
            /** @description Set while the incident is a major incident: its manager, update rhythm, children and review */
            major: {
                manager: string | null;
                updateIntervalMinutes: number;
                /** Format: date-time */
                nextUpdateDueAt: string;
                stakeholderUpdates: number;
                childIncidents: {
                    id: string;
                    /** @example INC0001001 */
                    reference: string | null;
                }[];
                review: {
                    whatWentWrong: string;
                    actions: {
                        description: string;
                        owner: string;
                    }[];
                    /** Format: date-time */
                    at: string;
                } | null;
            } | null;
            /** @description The major incident this one is a child of */
            masterIncident: {
                id: string;
                /** @example INC0001001 */
                reference: string | null;
            } | null;
            /** @description The problem this incident is linked to, as the problems service linked it */
            relatedProblem: {
                id: string;
                /** @example INC0001001 */
                reference: string | null;
            } | null;
            /** @description Set once resolved */
            resolution: {
                closingCategory: string;
                resolutionCode: string | null;
                notes: string;
                resolvedBy: string;
                /** Format: date-time */
                at: string;
                /** Format: date-time */
                autoCloseDueAt: string;
                accepted: boolean | null;
            } | null;
            reopenCount: number;
            /** @description The caller's rating */
            satisfaction: {
                rating: number;
                comment: string | null;
            } | null;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Imported tickets: the last update of their source ticket */
            sourceUpdate?: number;
        };
        AssignDto: {
            /** @example service-desk */
            group: string;
            /** @example agent */
            assignee?: string;
            /** @enum {integer} */
            tier?: 1 | 2 | 3;
        };
        HoldDto: {
            /** @enum {string} */
            reason: "awaiting-caller" | "awaiting-third-party" | "awaiting-change";
            /** @description Required when awaiting a third party */
            thirdParty?: string;
        };
        ClassifyDto: {
            impact: number;
            urgency: number;
            category?: string;
            subcategory?: string;
            symptom?: string;
        };
        EscalateDto: {
            /** @enum {string} */
            kind: "functional" | "hierarchical";
            /**
             * @description Group of the next tier (functional)
             * @example network
             */
            group?: string;
            /** @description Manager to notify (hierarchical) */
            manager?: string;
            /** @example Needs the network team: the gateway drops sessions */
            reason: string;
        };
        NoteDto: {
            /**
             * @description internal work note, or public comment the caller sees
             * @enum {string}
             */
            visibility: "internal" | "public";
            /** @example Reinstalled the VPN client; the caller will confirm tomorrow */
            text: string;
            minutes?: number;
            failedAttempt?: boolean;
            knowledgeArticle?: string;
            relatedProblem?: string;
        };
        ReasonDto: {
            /** @example Raised twice by mistake */
            reason: string;
        };
        ResolveDto: {
            /**
             * @description One of the tenant's closing categories
             * @example software
             */
            closingCategory: string;
            resolutionCode?: string;
            /** @example Updated the VPN client to 4.2; sessions stay up */
            notes: string;
        };
        IncidentFeedbackDto: {
            rating: number;
            /** @example Quick and clear, thank you */
            comment?: string;
        };
        DeclareMajorDto: {
            /**
             * @description The major-incident manager
             * @example resolver
             */
            manager: string;
            /** @example Nobody in the company can send mail */
            reason: string;
            /** @default 30 */
            updateIntervalMinutes: number;
        };
        StakeholderUpdateDto: {
            /** @example all staff */
            audience: string;
            /** @example Mail is back for most users; we are watching the queue */
            message: string;
        };
        LinkChildDto: {
            /**
             * @description Id or reference of the child incident
             * @example INC0001002
             */
            child: string;
        };
        ReviewTimelineEntryDto: {
            at: string;
            entry: string;
        };
        ReviewActionDto: {
            description: string;
            owner: string;
        };
        PostIncidentReviewDto: {
            timeline?: components["schemas"]["ReviewTimelineEntryDto"][];
            /** @example The mail certificate expired unnoticed */
            whatWentWrong: string;
            actions: components["schemas"]["ReviewActionDto"][];
        };
        MajorIncidentRuleDto: {
            name: string;
            /** @enum {string} */
            priority?: "P1" | "P2" | "P3" | "P4" | "P5";
            service?: string;
            manager?: string;
        };
        ChangeIncidentSettingsDto: {
            /**
             * @description 3 rows (impact 1..3) of 3 priorities (urgency 1..3)
             * @example [
             *       [
             *         "P1",
             *         "P2",
             *         "P3"
             *       ],
             *       [
             *         "P2",
             *         "P3",
             *         "P4"
             *       ],
             *       [
             *         "P3",
             *         "P4",
             *         "P5"
             *       ]
             *     ]
             */
            priorityMatrix?: ("P1" | "P2" | "P3" | "P4" | "P5")[][];
            reopenWindowDays?: number;
            quietPeriodDays?: number;
            closingCategories?: string[];
            majorIncidentRules?: components["schemas"]["MajorIncidentRuleDto"][];
            /**
             * @description whether a change of assignee alone counts as a reassignment
             * @enum {string}
             */
            reassignmentCounting?: "group-or-assignee" | "group-change";
        };
        SubmitRequestDto: {
            /**
             * @description The catalog item asked for
             * @example laptop
             */
            catalogItem: string;
            /** @example New starter on Monday, needs a developer laptop */
            description?: string;
            /**
             * @description User id the request is for; defaults to the caller
             * @example requester
             */
            requestedFor?: string;
            /**
             * @description Desk only (agent, resolver, tenant-admin): people who must approve this request besides those its catalog item names (GET /service-catalog). A requester's approvers come from the catalog alone. Any one rejection ends the request.
             * @example [
             *       "budget-holder"
             *     ]
             */
            approvers?: string[];
            /**
             * @description Keep as a draft; submit later with POST /requests/{id}/submit
             * @default false
             */
            draft: boolean;
        };
        RequestOutcomeDto: {
            id: string;
            /** @example REQ0001001 */
            reference: string;
            /** @enum {string} */
            status: "draft" | "awaiting-approval" | "approved" | "rejected" | "fulfilled" | "closed" | "cancelled";
            /** @description Stream revision; also the ETag to send as If-Match */
            revision: number;
        };
        ServiceRequestSummaryDto: {
            id: string;
            /** @description Stream revision; also the ETag */
            revision: number;
            /** @example REQ0001001 */
            reference: string;
            /** @enum {string} */
            status: "draft" | "awaiting-approval" | "approved" | "rejected" | "fulfilled" | "closed" | "cancelled";
            /** @example laptop */
            catalogItem: string;
            requestedFor: string;
            requestedBy: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Null while a draft
             */
            submittedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description The group fulfilling it; null until assigned */
            group: string | null;
            assignee: string | null;
            /** @description P1, P2, P3, P4, P5; null until classified */
            priority: string | null;
            /** @description Approvers who have not decided yet */
            pendingApprovers: string[];
            openTasks: number;
            taskCount: number;
            /**
             * Format: date-time
             * @description When the running fulfilment clock is due (sort=slaDue); null when none runs
             */
            slaDueAt: string | null;
        };
        ApprovalViewDto: {
            approver: string;
            /** @enum {string} */
            decision: "pending" | "approved" | "rejected";
            comment: string | null;
            /** Format: date-time */
            at: string | null;
        };
        FulfilmentTaskViewDto: {
            taskId: string;
            title: string;
            assignee: string;
            assignmentGroup: string | null;
            /** @enum {string} */
            status: "open" | "completed";
            addedBy: string;
            /** Format: date-time */
            addedAt: string;
            completedBy: string | null;
            /** Format: date-time */
            completedAt: string | null;
            notes: string | null;
        };
        RequestNoteViewDto: {
            noteId: string;
            /** @enum {string} */
            visibility: "internal" | "public";
            text: string;
            by: string;
            /** Format: date-time */
            at: string;
        };
        ServiceRequestDto: {
            id: string;
            /** @description Stream revision; also the ETag, to send back as If-Match */
            revision: number;
            /** @description The actions the caller may take now; none in a historical (as-of) view */
            allowedActions: string[];
            /**
             * Format: date-time
             * @description Only in a historical view: the instant it shows (also in Memento-Datetime)
             */
            asOf?: string;
            /** @example REQ0001001 */
            reference: string;
            /** @enum {string} */
            status: "draft" | "awaiting-approval" | "approved" | "rejected" | "fulfilled" | "closed" | "cancelled";
            /** @example laptop */
            catalogItem: string;
            requestedFor: string;
            requestedBy: string;
            description: string;
            approvals: components["schemas"]["ApprovalViewDto"][];
            tasks: components["schemas"]["FulfilmentTaskViewDto"][];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Null while a draft
             */
            submittedAt: string | null;
            /** Format: date-time */
            approvedAt: string | null;
            /** Format: date-time */
            rejectedAt: string | null;
            rejectionReason: string | null;
            /** Format: date-time */
            fulfilledAt: string | null;
            fulfilledBy: string | null;
            fulfilmentNotes: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            cancellationReason: string | null;
            group: string | null;
            assignee: string | null;
            /** @description 1 (high) to 3; null until classified */
            impact: number | null;
            /** @description 1 (high) to 3; null until classified */
            urgency: number | null;
            /** @description P1, P2, P3, P4, P5; null until classified */
            priority: string | null;
            /** @description Comments and work notes, oldest first; requesters see the public ones only */
            notes: components["schemas"]["RequestNoteViewDto"][];
            /** Format: date-time */
            updatedAt: string;
        };
        EmptyBodyDto: Record<string, never>;
        ApproveRequestDto: {
            /** @example Approved within budget */
            comment?: string;
        };
        AssignRequestDto: {
            /** @example fulfilment */
            group: string;
            /** @example agent */
            assignee?: string;
        };
        ClassifyRequestDto: {
            /** @example 2 */
            impact: number;
            /** @example 2 */
            urgency: number;
        };
        FulfilmentTaskDto: {
            /** @example Image the laptop */
            title: string;
            /**
             * @description User id who does the task
             * @example agent
             */
            assignee: string;
            /** @example desktop-support */
            assignmentGroup?: string;
        };
        CompleteFulfilmentTaskDto: {
            /**
             * @description Task id from the request detail
             * @example task-1
             */
            taskId: string;
            /** @example Laptop handed over */
            notes?: string;
        };
        FulfilRequestDto: {
            /** @example Delivered to the front desk */
            notes?: string;
        };
        RequestNoteDto: {
            /**
             * @description internal work note (the desk only), or public comment the requester sees
             * @enum {string}
             */
            visibility: "internal" | "public";
            /** @example The laptop ships on Monday */
            text: string;
        };
        CatalogItemDto: {
            /**
             * @description What requesters ask for (POST /requests catalogItem), compared case-insensitively
             * @example laptop
             */
            name: string;
            /**
             * @description Users who must all approve
             * @example [
             *       "budget-holder"
             *     ]
             */
            approvers: string[];
            /** @description The manager of the person it is for (from the directory) must approve too */
            managerApproval: boolean;
        };
        ServiceCatalogDto: {
            items: components["schemas"]["CatalogItemDto"][];
            /** @enum {string} */
            unlisted: "manager" | "refuse";
            /** @description The revision (ETag); -1 while the defaults were never changed */
            revision: number;
        };
        ChangeServiceCatalogDto: {
            items?: components["schemas"]["CatalogItemDto"][];
            /**
             * @description An item the catalog does not list: needs the manager's approval, or is refused
             * @enum {string}
             */
            unlisted?: "manager" | "refuse";
        };
        SubmitDto: {
            /**
             * @description Request type id, from GET /intake/request-types
             * @example something-is-broken
             */
            requestType: string;
            /** @description The form's fields, validated against the request type's JSON Schema */
            fields: {
                [key: string]: unknown;
            };
            /**
             * @description Default portal; phone when recording on behalf of a caller
             * @enum {string}
             */
            channel?: "portal" | "api" | "phone";
            /** @description Agents recording a phone or walk-in contact: the caller */
            onBehalfOf?: string;
        };
        SubmissionLinkDto: {
            id: string;
            /**
             * @description The first submission's ticket
             * @example INC0001001
             */
            reference: string;
        };
        SubmissionReceiptDto: {
            submissionId: string;
            /** @example INC0001001 */
            reference: string;
            /** @enum {string} */
            status: "accepted" | "linked" | "ticketed";
            /** @enum {string} */
            kind: "incident" | "service-request";
            /** @description The first submission, when this one repeats it */
            duplicateOf: components["schemas"]["SubmissionLinkDto"] | null;
        };
        DefineRequestTypeDto: {
            name: string;
            description?: string;
            /** @enum {string} */
            kind: "incident" | "service-request";
            /** @description JSON Schema of the fields (type object) */
            form: {
                [key: string]: unknown;
            };
            category?: string | null;
            group?: string | null;
            impact: Record<string, never>;
            urgency: Record<string, never>;
            /** @example password-reset */
            id: string;
        };
        RequestTypeDefinitionDto: {
            name: string;
            description?: string;
            /** @enum {string} */
            kind: "incident" | "service-request";
            /** @description JSON Schema of the fields (type object) */
            form: {
                [key: string]: unknown;
            };
            category?: string | null;
            group?: string | null;
            impact: Record<string, never>;
            urgency: Record<string, never>;
        };
        AlertOutcomeDto: {
            /** @description The correlation key: alerts with one fingerprint belong to one incident */
            fingerprint: string;
            /** @enum {string} */
            status: "firing" | "resolved";
            /**
             * @description opened: a new incident; correlated: added to the open one; recovered: noted on it; ignored: nothing to do
             * @enum {string}
             */
            outcome: "opened" | "correlated" | "recovered" | "ignored";
            /** @description The alert's incident; null when ignored */
            incidentId: string | null;
            /**
             * @description The incident's reference; null when ignored
             * @example INC0001001
             */
            reference: string | null;
            /** @description How many alerts the incident has taken; null when ignored */
            count: number | null;
        };
        AlertOutcomesDto: {
            alerts: components["schemas"]["AlertOutcomeDto"][];
        };
        AlertSettingsDto: {
            stormWindowMinutes?: number;
            resolveOnRecovery?: boolean;
        };
        IntakeSettingsDto: {
            /** @description Classification and routing rules, applied in order on every channel (portal, phone, API, email, chat, alerts): { name, when: { requestType?, channels?, field?, equals?, keywords?, senderDomain?, mailbox?, alertLabel?: { name, equals }, service? }, then: { category?, group?, impact? and urgency? (together), requestType? (forms only) } }. At most 100 rules, 20 keywords a rule, 1000 in all. */
            classificationRules?: Record<string, never>[];
            duplicateWindowMinutes?: number;
            alerts?: components["schemas"]["AlertSettingsDto"];
        };
        CandidateIncidentDto: {
            id: string;
            /** @example INC0001001 */
            reference: string;
            shortDescription: string;
        };
        ProblemCandidateDto: {
            id: string;
            /** @enum {string} */
            status: "open" | "snoozed" | "promoted" | "dismissed";
            /**
             * @description What the incidents have in common (`major`: a major incident)
             * @example service
             */
            dimension: string;
            value: string;
            /** @description Why it was raised */
            reason: string;
            /** @description The first incidents that triggered it */
            incidents: components["schemas"]["CandidateIncidentDto"][];
            incidentCount: number;
            /** Format: date-time */
            raisedAt: string;
            /** Format: date-time */
            snoozedUntil: string | null;
            /** @description The problem it was promoted to */
            problem: {
                id: string;
                /** @example INC0001001 */
                reference: string | null;
            } | null;
            /** @description Who promoted, dismissed or snoozed it, when and why */
            decision: {
                by: string;
                /** Format: date-time */
                at: string;
                reason: string | null;
            } | null;
            /** Format: date-time */
            updatedAt: string;
        };
        PromoteCandidateDto: {
            /** @description Defaults to why the candidate was raised */
            shortDescription?: string;
            description?: string;
            /** @default 2 */
            impact: number;
            /** @default 2 */
            urgency: number;
        };
        DismissCandidateDto: {
            reason: string;
            /** @description Snooze until this time instead of dismissing for good */
            snoozeUntil?: string;
        };
        RecordProblemDto: {
            /** @example VPN drops every hour for many users */
            shortDescription: string;
            /** @example Forty incidents this week: sessions end after exactly 60 minutes */
            description: string;
            /**
             * @description Affected service
             * @example vpn
             */
            service?: string;
            /** @description Affected configuration item */
            configurationItem?: string;
            category?: string;
            /** @description 1 = high */
            impact: number;
            /** @description 1 = high */
            urgency: number;
            /** @enum {string} */
            origin: "incident-trend" | "major-incident" | "repeat-incidents" | "supplier" | "developer" | "manual";
            problemManager?: string;
            assignmentGroup?: string;
            /** @description A major problem is reviewed before it is closed */
            major?: boolean;
            /** @description Required for a major problem */
            majorReason?: string;
            /** @description Incident ids or INC references to link from the start */
            incidents?: string[];
        };
        ProblemReceiptDto: {
            id: string;
            /** @example PRB0001001 */
            reference: string;
            /** @enum {string} */
            status: "new" | "assessed" | "root-cause-analysis" | "fix-in-progress" | "resolved" | "closed";
            /** @enum {string} */
            priority: "P1" | "P2" | "P3" | "P4" | "P5";
            /** @description A documented workaround and cause are on record */
            knownError: boolean;
            /** @description Stream revision; send it back as If-Match */
            revision: number;
        };
        ProblemSummaryDto: {
            id: string;
            /** @example PRB0001001 */
            reference: string;
            /** @enum {string} */
            status: "new" | "assessed" | "root-cause-analysis" | "fix-in-progress" | "resolved" | "closed";
            /** @enum {string} */
            priority: "P1" | "P2" | "P3" | "P4" | "P5";
            shortDescription: string;
            service: string | null;
            configurationItem: string | null;
            category: string | null;
            /** @enum {string} */
            origin: "incident-trend" | "major-incident" | "repeat-incidents" | "supplier" | "developer" | "manual";
            problemManager: string | null;
            assignmentGroup: string | null;
            knownError: boolean;
            major: boolean;
            linkedIncidentCount: number;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProblemClassificationDto: {
            impact: number;
            urgency: number;
            /** @enum {string} */
            priority: "P1" | "P2" | "P3" | "P4" | "P5";
        };
        ProblemTaskViewDto: {
            taskId: string;
            title: string;
            assignee: string;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            outcome: string | null;
        };
        AnalystEntryDto: {
            entryId: string;
            /** @enum {string} */
            kind: "log" | "change" | "deployment" | "note";
            text: string;
            source: string;
            /** Format: date-time */
            happenedAt: string;
            by: string;
        };
        ProblemDto: {
            id: string;
            /** @description Stream revision; also the ETag, to send back as If-Match */
            revision: number;
            /** @description The actions the caller may take now; none in a historical (as-of) view */
            allowedActions: string[];
            /**
             * Format: date-time
             * @description Only in a historical view: the instant it shows (also in Memento-Datetime)
             */
            asOf?: string;
            /** @example PRB0001001 */
            reference: string;
            /** @enum {string} */
            status: "new" | "assessed" | "root-cause-analysis" | "fix-in-progress" | "resolved" | "closed";
            /** @description The same as id */
            problemId: string;
            shortDescription: string;
            description: string;
            service: string | null;
            configurationItem: string | null;
            category: string | null;
            /** @enum {string} */
            origin: "incident-trend" | "major-incident" | "repeat-incidents" | "supplier" | "developer" | "manual";
            /** @description The trend candidate it was promoted from (a candidate has no reference) */
            candidate: {
                id: string;
                /** @example INC0001001 */
                reference: string | null;
            } | null;
            classification: components["schemas"]["ProblemClassificationDto"];
            /** @enum {string} */
            priority: "P1" | "P2" | "P3" | "P4" | "P5";
            problemManager: string | null;
            assignmentGroup: string | null;
            confirmed: boolean;
            /** @description A documented workaround and cause are on record */
            knownError: boolean;
            /** @description Set for a major problem: why, and its review */
            major: {
                reason: string;
                review: {
                    summary: string;
                    lessons: string;
                    /** Format: date-time */
                    at: string;
                } | null;
            } | null;
            /** @description The current workaround and its uses */
            workaround: {
                version: number;
                by: string;
                /** Format: date-time */
                at: string;
                value: string;
                uses: number;
                unreviewedUses: number;
                /** @description The incidents that used it */
                usedBy: {
                    id: string;
                    /** @example INC0001001 */
                    reference: string | null;
                }[];
            } | null;
            /** @description The current root cause */
            cause: {
                version: number;
                by: string;
                /** Format: date-time */
                at: string;
                value: string;
            } | null;
            /** @description The versions the last known-error article was asked for, and the article the knowledge service wrote for it */
            knownErrorArticle: {
                workaroundVersion: number;
                causeVersion: number;
                /** Format: date-time */
                at: string;
                article: {
                    id: string;
                    /** @example INC0001001 */
                    reference: string | null;
                } | null;
            } | null;
            /** @description The Kepner-Tregoe worksheet with its verdicts */
            kepnerTregoe: {
                [key: string]: unknown;
            } | null;
            /** @description The five whys */
            fiveWhys: {
                version: number;
                by: string;
                /** Format: date-time */
                at: string;
                value: {
                    why: string;
                    answer: string;
                    evidence: string | null;
                }[];
            } | null;
            fixPlan: string | null;
            /** @description The linked incidents */
            linkedIncidents: {
                id: string;
                /** @example INC0001001 */
                reference: string | null;
            }[];
            tasks: components["schemas"]["ProblemTaskViewDto"][];
            analystEntries: components["schemas"]["AnalystEntryDto"][];
            /** @description Set once resolved; a duplicate names its master problem */
            resolution: {
                /** @enum {string} */
                code: "fix-applied" | "risk-accepted" | "duplicate" | "cancelled";
                notes: string;
                masterProblem: {
                    id: string;
                    /** @example INC0001001 */
                    reference: string | null;
                } | null;
                by: string;
                /** Format: date-time */
                at: string;
            } | null;
            reanalysisCount: number;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        AssessDto: {
            impact?: number;
            urgency?: number;
            category?: string;
            /** @example problem-manager */
            problemManager?: string;
            assignmentGroup?: string;
        };
        MarkDuplicateDto: {
            /**
             * @description The master problem: id or PRB reference
             * @example PRB0001001
             */
            master: string;
        };
        FixPlanDto: {
            /** @example Raise the gateway idle timeout and roll out client 4.2 */
            plan: string;
        };
        NotesDto: {
            /** @example Timeout raised on every gateway; no drops since */
            notes: string;
        };
        MajorReviewDto: {
            /** @example Idle timeout set too low on the new gateways */
            summary: string;
            /** @example Load-test session lifetimes before a gateway change */
            lessons: string;
        };
        WorkaroundDto: {
            /** @example Reconnect the VPN, or use webmail meanwhile */
            workaround: string;
        };
        CauseDto: {
            /** @example The VPN gateway drops sessions idle for 60 minutes */
            cause: string;
        };
        ReviewWorkaroundDto: {
            /** @description Is the workaround still effective? */
            effective: boolean;
            /** @example Worked for INC0001002 */
            note: string;
        };
        IncidentLinkDto: {
            /**
             * @description The incident: id or INC reference
             * @example INC0001001
             */
            incident: string;
        };
        CommunicateDto: {
            /**
             * @description Public comment for every open linked incident
             * @example Known error: reconnect the VPN until the fix is out
             */
            comment: string;
        };
        ProblemTaskDto: {
            /** @example Check the gateway logs */
            title: string;
            /** @example resolver */
            assignee: string;
        };
        CompleteProblemTaskDto: {
            /** @example task-1 */
            taskId: string;
            /** @example Sessions end at exactly 60 minutes idle */
            outcome: string;
        };
        ProblemTimelineEntryDto: {
            /** @enum {string} */
            kind: "log" | "change" | "deployment" | "note";
            /** @example Gateway firmware 9.1 deployed */
            text: string;
            /**
             * @description Where it comes from: a log, a change record, a pipeline
             * @example change CHG0001001
             */
            source: string;
            /** @description When it happened (ISO 8601) */
            happenedAt: string;
        };
        KtCellDto: {
            /** @description The observation */
            text?: string;
            /** @description n/a, with the reason */
            notApplicable?: string;
            /** @description true: still to be found out */
            needsData?: boolean;
        };
        KtRowDto: {
            /** @enum {string} */
            dimension: "what" | "where" | "when" | "extent";
            is: components["schemas"]["KtCellDto"];
            isNot: components["schemas"]["KtCellDto"];
            distinctions: components["schemas"]["KtCellDto"];
            changes: components["schemas"]["KtCellDto"];
        };
        KtTestDto: {
            /** @enum {string} */
            dimension: "what" | "where" | "when" | "extent";
            /** @description Does the cause explain the IS? Leave out while untested */
            explainsIs?: Record<string, never>;
            /** @description Does it explain why the IS NOT is not affected? */
            explainsIsNot?: Record<string, never>;
        };
        KtCauseDto: {
            causeId: string;
            description: string;
            tests: components["schemas"]["KtTestDto"][];
        };
        KepnerTregoeDto: {
            /** @description What / Where / When / Extent, one row each */
            rows: components["schemas"]["KtRowDto"][];
            causes: components["schemas"]["KtCauseDto"][];
        };
        WhyStepDto: {
            why: string;
            answer: string;
            evidence?: string;
        };
        FiveWhysDto: {
            steps: components["schemas"]["WhyStepDto"][];
        };
        TrendRuleDto: {
            /** @description Window in minutes (default 1440: 24 hours) */
            windowMinutes?: number;
            /** @description Incidents within the window that raise a candidate (default 5) */
            threshold?: number;
            dimensions?: ("service" | "configurationItem" | "category")[];
            /** @description Minimum share of common words in short descriptions (0..1), or null */
            similarity?: Record<string, never>;
        };
        ChangeProblemSettingsDto: {
            /** @description 3 rows (impact 1..3) of 3 priorities (urgency 1..3) */
            priorityMatrix?: string[];
            trend?: components["schemas"]["TrendRuleDto"];
        };
        WeeklyHoursDto: {
            /** @enum {string} */
            day: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
            /** @example 09:00 */
            from: string;
            /**
             * @description 24:00 ends at midnight
             * @example 18:00
             */
            to: string;
        };
        HolidayDto: {
            name: string;
            /** @example 2026-12-25 */
            date?: string;
            from?: string;
            to?: string;
        };
        DefineCalendarDto: {
            name: string;
            /** @example Europe/Berlin */
            timeZone: string;
            weekly: components["schemas"]["WeeklyHoursDto"][];
            holidays?: components["schemas"]["HolidayDto"][];
            /** @description Calendars whose holidays apply here too */
            includes?: string[];
            /** @example berlin-office */
            id: string;
        };
        CalendarBodyDto: {
            name: string;
            /** @example Europe/Berlin */
            timeZone: string;
            weekly: components["schemas"]["WeeklyHoursDto"][];
            holidays?: components["schemas"]["HolidayDto"][];
            /** @description Calendars whose holidays apply here too */
            includes?: string[];
        };
        AddHolidaysDto: {
            holidays: components["schemas"]["HolidayDto"][];
        };
        ApplicabilityDto: {
            /** @enum {string} */
            kind: "incident" | "service-request";
            priorities?: string[];
            services?: string[];
            categories?: string[];
        };
        TicketConditionDto: {
            status?: ("new" | "assigned" | "in-progress" | "on-hold" | "resolved" | "closed" | "cancelled" | "awaiting-approval" | "in-fulfilment" | "fulfilled" | "rejected")[];
            holdReason?: ("awaiting-caller" | "awaiting-third-party" | "awaiting-change")[];
            priority?: string[];
            group?: string[];
            thirdParty?: string[];
            groupAssigned?: boolean;
        };
        ResetConditionDto: {
            status?: ("new" | "assigned" | "in-progress" | "on-hold" | "resolved" | "closed" | "cancelled" | "awaiting-approval" | "in-fulfilment" | "fulfilled" | "rejected")[];
            holdReason?: ("awaiting-caller" | "awaiting-third-party" | "awaiting-change")[];
            priority?: string[];
            group?: string[];
            thirdParty?: string[];
            groupAssigned?: boolean;
            /** @description The changes the reset fires on */
            on?: ("opened" | "classified" | "priority-changed" | "assigned" | "group-changed" | "work-started" | "put-on-hold" | "resumed" | "public-comment" | "internal-note" | "task-added" | "resolved" | "reopened" | "closed" | "cancelled" | "approved" | "fulfilled" | "major-incident-declared" | "stakeholder-update-published")[];
        };
        ClockConditionsDto: {
            /** @description {} starts with the ticket */
            start: components["schemas"]["TicketConditionDto"];
            pause?: components["schemas"]["TicketConditionDto"];
            /** @description When a paused clock runs again; without it, as soon as pause no longer holds */
            resume?: components["schemas"]["TicketConditionDto"];
            stop?: components["schemas"]["TicketConditionDto"];
            cancel?: components["schemas"]["TicketConditionDto"];
            /** @description When the clock restarts (a new cycle): on the changes in `on` (an OLA: group-changed) where the other facts hold; without `on`, when they come to hold */
            reset?: components["schemas"]["ResetConditionDto"];
        };
        EscalationDto: {
            notify: ("assignee" | "group-manager" | "third-party")[];
            /** @description Working minutes between reminders */
            repeatEveryMinutes: number;
            /**
             * @description Manager by group, `*` for any other group
             * @example {
             *       "*": "service-owner"
             *     }
             */
            managers?: Record<string, never>;
        };
        SaveDefinitionDto: {
            name: string;
            /** @enum {string} */
            type: "sla" | "ola" | "uc";
            /** @enum {string} */
            target: "response" | "resolution" | "fulfilment";
            appliesTo: components["schemas"]["ApplicabilityDto"];
            /** @description Working minutes of the calendar (or give deadlineField) */
            durationMinutes?: number;
            /**
             * @description Instead of a duration: the ticket field holding the due instant (nextUpdateDueAt: a major incident's next stakeholder update)
             * @enum {string}
             */
            deadlineField?: "nextUpdateDueAt";
            /** @example business-hours */
            calendar: string;
            /**
             * @default [
             *       50,
             *       75
             *     ]
             */
            warnings: number[];
            conditions: components["schemas"]["ClockConditionsDto"];
            /**
             * @default [
             *       "public-comment",
             *       "assigned"
             *     ]
             */
            responseBy: ("public-comment" | "phone-log" | "assigned" | "work-started" | "task-added")[];
            /**
             * @description How the cycles of a reopened ticket count
             * @default sum
             * @enum {string}
             */
            cycles: "first" | "last" | "sum";
            escalation?: components["schemas"]["EscalationDto"] | null;
            /** @example p2-resolution */
            id: string;
        };
        DefinitionBodyDto: {
            name: string;
            /** @enum {string} */
            type: "sla" | "ola" | "uc";
            /** @enum {string} */
            target: "response" | "resolution" | "fulfilment";
            appliesTo: components["schemas"]["ApplicabilityDto"];
            /** @description Working minutes of the calendar (or give deadlineField) */
            durationMinutes?: number;
            /**
             * @description Instead of a duration: the ticket field holding the due instant (nextUpdateDueAt: a major incident's next stakeholder update)
             * @enum {string}
             */
            deadlineField?: "nextUpdateDueAt";
            /** @example business-hours */
            calendar: string;
            /**
             * @default [
             *       50,
             *       75
             *     ]
             */
            warnings: number[];
            conditions: components["schemas"]["ClockConditionsDto"];
            /**
             * @default [
             *       "public-comment",
             *       "assigned"
             *     ]
             */
            responseBy: ("public-comment" | "phone-log" | "assigned" | "work-started" | "task-added")[];
            /**
             * @description How the cycles of a reopened ticket count
             * @default sum
             * @enum {string}
             */
            cycles: "first" | "last" | "sum";
            escalation?: components["schemas"]["EscalationDto"] | null;
        };
        WhatIfDto: {
            /** @description Proposed definitions (an existing id is compared with its clocks) */
            definitions: components["schemas"]["SaveDefinitionDto"][];
            /** @description Tickets opened from (inclusive) */
            from: string;
            /** @description Tickets opened before (exclusive) */
            to: string;
        };
        RepairDto: {
            /** @description Recorded on every recomputed clock */
            reason: string;
            /**
             * @description Recompute closed tickets too
             * @default false
             */
            includeClosed: boolean;
            /** @description Only these ticket ids (default: every ticket of the tenant) */
            tickets?: string[];
        };
        CreateArticleDto: {
            /** @example Outlook cannot connect after a password change */
            title: string;
            /**
             * @description The problem in the words of the person who had it
             * @example Outlook asks for the password again and again
             */
            problem: string;
            /** @description Products, versions, configuration where it happens */
            environment?: string;
            cause?: string;
            /**
             * @description Needed before the article can be submitted
             * @example Remove the cached credentials in the credential manager
             */
            resolution?: string;
            keywords?: string[];
            service?: string;
            category?: string;
            /**
             * @description `internal`: agents only; `requesters`: the portal too, once validated
             * @enum {string}
             */
            audience: "internal" | "requesters";
            /** @description Who keeps the article current; the author by default */
            owner?: string;
        };
        ArticleReceiptDto: {
            id: string;
            /** @example KB0001001 */
            reference: string;
            /** @enum {string} */
            status: "work-in-progress" | "not-validated" | "validated" | "archived" | "deleted";
            /** @example 0.1 */
            version: string | null;
            /** @description Stream revision; send it back as If-Match */
            revision: number;
            allowedActions: string[];
        };
        ArticleHighlightDto: {
            field: string;
            /** @description HTML-escaped text with the matched words in <mark> */
            snippet: string;
        };
        ArticleSummaryDto: {
            id: string;
            /** @example KB0001001 */
            reference: string;
            title: string;
            /** @enum {string} */
            status: "work-in-progress" | "not-validated" | "validated" | "archived";
            /** @enum {string} */
            audience: "internal" | "requesters";
            service: string | null;
            category: string | null;
            /** @example 2.0 */
            version: string;
            /** @description Tickets it was used on */
            reuseCount?: number;
            helpful?: number;
            notHelpful?: number;
            openFlags?: number;
            /** Format: date-time */
            updatedAt?: string;
            /**
             * Format: double
             * @description Searches: the rank
             */
            score?: number;
            /** @description Searches: where the words matched */
            highlights?: components["schemas"]["ArticleHighlightDto"][];
        };
        ArticleOriginDto: {
            /** @enum {string} */
            kind: "authored" | "harvested" | "known-error";
            /** @description The incidents it was harvested from */
            sourceIncidents: {
                id: string;
                /** @example INC0001001 */
                reference: string | null;
            }[];
            /** @description The problem whose known error it documents */
            problem: {
                id: string;
                /** @example INC0001001 */
                reference: string | null;
            } | null;
        };
        ArticleFlagDto: {
            flagId: string;
            /** @enum {string} */
            reason: "wrong" | "outdated" | "unclear";
            comment: string;
            by: string;
            /** Format: date-time */
            at: string;
        };
        ArticleDto: {
            id: string;
            /** @description Stream revision; also the ETag, to send back as If-Match */
            revision: number;
            /** @description The actions the caller may take now; none in a historical (as-of) view */
            allowedActions: string[];
            /**
             * Format: date-time
             * @description Only in a historical view: the instant it shows (also in Memento-Datetime)
             */
            asOf?: string;
            /** @example KB0001001 */
            reference: string;
            /** @enum {string} */
            status: "work-in-progress" | "not-validated" | "validated" | "archived";
            /** @example 2.0 */
            version: string;
            title: string;
            problem: string;
            environment: string;
            cause: string;
            resolution: string;
            keywords: string[];
            service: string | null;
            category: string | null;
            /** @enum {string} */
            audience: "internal" | "requesters";
            reuseCount: number;
            helpful: number;
            notHelpful: number;
            openFlags: number;
            /** Format: date-time */
            validatedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Agents only */
            author?: string;
            /** @description Agents only */
            owner?: string;
            /** @description Agents only */
            origin?: components["schemas"]["ArticleOriginDto"];
            /** @description Agents only: open flags */
            flags?: components["schemas"]["ArticleFlagDto"][];
            /** @description Agents only: the tickets it was used on */
            linkedTickets?: {
                id: string;
                /** @example INC0001001 */
                reference: string | null;
            }[];
        };
        EditArticleDto: {
            title?: string;
            problem?: string;
            environment?: string;
            /** @example A stale token in the credential manager */
            cause?: string;
            resolution?: string;
            keywords?: string[];
            service?: string;
            category?: string;
            /** @enum {string} */
            audience?: "internal" | "requesters";
            owner?: string;
        };
        ArchiveArticleDto: {
            /** @example Outlook 2016 is no longer used */
            reason: string;
        };
        FlagArticleDto: {
            /** @enum {string} */
            reason: "wrong" | "outdated" | "unclear";
            /** @example Step 2 names a menu that no longer exists */
            comment: string;
        };
        ResolveFlagDto: {
            /** @example flag-1 */
            flagId: string;
            /**
             * @description What was done about it
             * @example Steps updated for the new menu
             */
            comment: string;
        };
        ArticleFeedbackDto: {
            helpful: boolean;
            /** @example Solved it */
            comment?: string;
        };
        LinkTicketDto: {
            /**
             * @description The incident or request the article was used on
             * @example incident-id
             */
            ticketId: string;
            /** @example INC0001001 */
            ticketReference?: string;
        };
        DeflectionDto: {
            /**
             * @description The searchId of the suggestions the requester saw
             * @example search-id
             */
            searchId: string;
            /** @example article-id */
            articleId: string;
            requestType?: string;
        };
        KnowledgeRulesDto: {
            draft?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst" | "platform-admin")[];
            edit?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst" | "platform-admin")[];
            submit?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst" | "platform-admin")[];
            validate?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst" | "platform-admin")[];
            archive?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst" | "platform-admin")[];
            delete?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst" | "platform-admin")[];
            flag?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst" | "platform-admin")[];
            "resolve-flag"?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst" | "platform-admin")[];
            feedback?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst" | "platform-admin")[];
            "link-ticket"?: ("requester" | "agent" | "resolver" | "problem-manager" | "knowledge-manager" | "service-owner" | "analyst" | "tenant-admin" | "enterprise-analyst" | "platform-admin")[];
        };
        HarvestRulesDto: {
            threshold?: number;
            windowDays?: number;
        };
        ChangeKnowledgeSettingsDto: {
            rules?: components["schemas"]["KnowledgeRulesDto"];
            /**
             * @description Stemming of the search index
             * @enum {string}
             */
            language?: "english" | "german" | "french" | "spanish" | "italian" | "dutch" | "portuguese" | "swedish" | "norwegian" | "danish" | "finnish";
            /** @description How many similar resolutions within how many days propose a draft */
            harvest?: components["schemas"]["HarvestRulesDto"];
        };
        ReportQueryDto: {
            /**
             * @description KPIs, each named as in the answer's columns:
             *     - `volume`: Tickets opened in the period (openedAt in [from, to)).
             *     - `throughput`: Tickets whose latest resolution (resolvedAt) falls in the period. Grouped by agent (the resolver) or group: agent and group throughput.
             *     - `mttr_hours`: Mean time to resolve: mean of openedAt -> resolvedAt (the latest resolution, not closure) in calendar hours, over tickets resolved in the period. Time on hold counts.
             *     - `median_ttr_hours`: Median of openedAt -> resolvedAt (not closure) in calendar hours, over tickets resolved in the period.
             *     - `mttr_business_hours`: Mean of openedAt -> resolvedAt (not closure) in working hours of the tenant's reporting calendar, over tickets resolved in the period.
             *     - `mtta_hours`: Mean time to acknowledge: mean of openedAt -> firstResponseAt in calendar hours, over tickets first responded to in the period. A response is what the SLA definition counts as one: the completion of the ticket's response clock.
             *     - `fcr_rate`: First-contact resolution rate: % of tickets resolved in the period that were resolved by the agent of first contact (first assignee, else who recorded it) with no reassignment, escalation or reopen; for email within one working hour of opening, for other channels without a hold.
             *     - `flr_rate`: First-level resolution rate: % of tickets resolved in the period that never left tier 1 (no escalation, no assignment to tier 2 or 3).
             *     - `sla_compliance`: % of tickets resolved in the period with no breached clock other than cancelled ones (response and resolution targets alike).
             *     - `overdue_open`: Tickets open at the instant (end of the period or bucket, or asOf) with a clock, not cancelled, breached by then.
             *     - `backlog`: Tickets open (new, assigned or on hold: not resolved, closed or cancelled) at the instant: end of the period or bucket, or asOf.
             *     - `backlog_age_hours`: Mean age in calendar hours (instant - openedAt) of the tickets in the backlog at the instant.
             *     - `backlog_growth`: Tickets opened in the period minus tickets resolved in the period (latest resolution).
             *     - `reopen_rate`: % : reopenings in the period / resolutions in the period (every resolution counts, also those later reopened).
             *     - `reassignment_rate`: % of tickets resolved in the period that were reassigned at least once (to another group, or to another agent in the group).
             *     - `ping_pong_rate`: % of tickets resolved in the period whose group path contains A -> B -> A.
             *     - `csat_mean`: Mean satisfaction rating (1-5) of the ratings given in the period (ratedAt).
             *     - `csat_satisfied_pct`: % of the ratings given in the period that are 4 or 5.
             *     - `cost_per_ticket`: Mean cost of the tickets resolved in the period: minutes logged in each group x that group's hourly rate (reporting settings) / 60.
             *     - `minutes_logged`: Minutes logged on the tickets resolved in the period (all their time, whenever logged).
             */
            metrics: ("volume" | "throughput" | "mttr_hours" | "median_ttr_hours" | "mttr_business_hours" | "mtta_hours" | "fcr_rate" | "flr_rate" | "sla_compliance" | "overdue_open" | "backlog" | "backlog_age_hours" | "backlog_growth" | "reopen_rate" | "reassignment_rate" | "ping_pong_rate" | "csat_mean" | "csat_satisfied_pct" | "cost_per_ticket" | "minutes_logged")[];
            /** @description `tenant` only in the enterprise scope */
            groupBy?: ("priority" | "channel" | "service" | "category" | "closingCategory" | "group" | "tier" | "kind" | "agent" | "tenant")[];
            /** @description Dimension -> value or list of values, e.g. {"priority": ["P1","P2"]} */
            filters?: Record<string, never>;
            /** @description Start of the range, inclusive (ISO 8601) */
            from: string;
            /** @description End of the range, exclusive (ISO 8601) */
            to: string;
            /**
             * @description Buckets in UTC; weeks start on Monday
             * @enum {string}
             */
            bucket?: "hour" | "day" | "week" | "month";
            /** @description Every ticket as it stood at this instant: dimensions, milestones, backlog */
            asOf?: string;
            /**
             * @description enterprise: across opted-in tenants, grouped by tenant (enterprise-analyst grant)
             * @enum {string}
             */
            scope?: "tenant" | "enterprise";
        };
        WorkingHoursDto: {
            /** @enum {string} */
            day: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
            /** @example 08:00 */
            from: string;
            /** @example 20:00 */
            to: string;
        };
        ReportingCalendarDto: {
            /** @example Europe/Berlin */
            timeZone: string;
            weekly: components["schemas"]["WorkingHoursDto"][];
            /** @description Local dates YYYY-MM-DD */
            holidays: string[];
        };
        ChangeReportingSettingsDto: {
            /** @description Take part in the enterprise (business-unit) comparison */
            enterpriseReporting?: boolean;
            calendar?: components["schemas"]["ReportingCalendarDto"];
            /** @description Hourly rate by assignment group */
            hourlyRates?: Record<string, never>;
            /**
             * Format: double
             * @description Per hour, in the tenant's currency
             */
            defaultHourlyRate?: number;
        };
        SavedQuerySpecViewDto: {
            /**
             * @example [
             *       "volume",
             *       "mttr_hours"
             *     ]
             */
            metrics: string[];
            groupBy: ("priority" | "channel" | "service" | "category" | "closingCategory" | "group" | "tier" | "kind" | "agent" | "tenant")[];
            /**
             * @description Dimension -> the values it matches
             * @example {
             *       "priority": [
             *         "P1"
             *       ]
             *     }
             */
            filters: {
                [key: string]: string[];
            };
            /** @enum {string|null} */
            bucket: "hour" | "day" | "week" | "month" | null;
        };
        SavedQueryViewDto: {
            /** @example weekly-p1-backlog */
            id: string;
            name: string;
            query: components["schemas"]["SavedQuerySpecViewDto"];
            /** @description Daily or weekly runs mailing the CSV; null when it is not scheduled */
            schedule: {
                /** @enum {string} */
                every: "daily" | "weekly";
                /**
                 * @description HH:mm UTC
                 * @example 06:00
                 */
                at: string;
                recipients: string[];
            } | null;
            /** @description Periods it has run for */
            runs: number;
            /**
             * Format: date-time
             * @description End of the last period it ran for
             */
            lastRunFor: Record<string, never> | null;
            /**
             * Format: date-time
             * @description When it runs next; null when it has no schedule
             */
            nextRunAt: Record<string, never> | null;
        };
        QueryScheduleDto: {
            /**
             * @description daily, or weekly on Mondays
             * @enum {string}
             */
            every: "daily" | "weekly";
            /**
             * @description Time of day the run fires, HH:mm UTC; each run covers the day or week before it
             * @default 06:00
             */
            at: string;
            /** @description Directory user ids or mail addresses the CSV is mailed to */
            recipients: string[];
        };
        SaveSavedQueryDto: {
            name: string;
            /**
             * @description KPIs, as in POST /reporting/query:
             *     - `volume`: Tickets opened in the period (openedAt in [from, to)).
             *     - `throughput`: Tickets whose latest resolution (resolvedAt) falls in the period. Grouped by agent (the resolver) or group: agent and group throughput.
             *     - `mttr_hours`: Mean time to resolve: mean of openedAt -> resolvedAt (the latest resolution, not closure) in calendar hours, over tickets resolved in the period. Time on hold counts.
             *     - `median_ttr_hours`: Median of openedAt -> resolvedAt (not closure) in calendar hours, over tickets resolved in the period.
             *     - `mttr_business_hours`: Mean of openedAt -> resolvedAt (not closure) in working hours of the tenant's reporting calendar, over tickets resolved in the period.
             *     - `mtta_hours`: Mean time to acknowledge: mean of openedAt -> firstResponseAt in calendar hours, over tickets first responded to in the period. A response is what the SLA definition counts as one: the completion of the ticket's response clock.
             *     - `fcr_rate`: First-contact resolution rate: % of tickets resolved in the period that were resolved by the agent of first contact (first assignee, else who recorded it) with no reassignment, escalation or reopen; for email within one working hour of opening, for other channels without a hold.
             *     - `flr_rate`: First-level resolution rate: % of tickets resolved in the period that never left tier 1 (no escalation, no assignment to tier 2 or 3).
             *     - `sla_compliance`: % of tickets resolved in the period with no breached clock other than cancelled ones (response and resolution targets alike).
             *     - `overdue_open`: Tickets open at the instant (end of the period or bucket, or asOf) with a clock, not cancelled, breached by then.
             *     - `backlog`: Tickets open (new, assigned or on hold: not resolved, closed or cancelled) at the instant: end of the period or bucket, or asOf.
             *     - `backlog_age_hours`: Mean age in calendar hours (instant - openedAt) of the tickets in the backlog at the instant.
             *     - `backlog_growth`: Tickets opened in the period minus tickets resolved in the period (latest resolution).
             *     - `reopen_rate`: % : reopenings in the period / resolutions in the period (every resolution counts, also those later reopened).
             *     - `reassignment_rate`: % of tickets resolved in the period that were reassigned at least once (to another group, or to another agent in the group).
             *     - `ping_pong_rate`: % of tickets resolved in the period whose group path contains A -> B -> A.
             *     - `csat_mean`: Mean satisfaction rating (1-5) of the ratings given in the period (ratedAt).
             *     - `csat_satisfied_pct`: % of the ratings given in the period that are 4 or 5.
             *     - `cost_per_ticket`: Mean cost of the tickets resolved in the period: minutes logged in each group x that group's hourly rate (reporting settings) / 60.
             *     - `minutes_logged`: Minutes logged on the tickets resolved in the period (all their time, whenever logged).
             */
            metrics: string[];
            groupBy?: ("priority" | "channel" | "service" | "category" | "closingCategory" | "group" | "tier" | "kind" | "agent" | "tenant")[];
            /** @description Dimension -> value or list of values */
            filters?: Record<string, never>;
            /** @enum {string} */
            bucket?: "hour" | "day" | "week" | "month";
            /** @description Run it daily or weekly and mail its CSV through the notification path */
            schedule?: components["schemas"]["QueryScheduleDto"];
            /** @example weekly-p1-backlog */
            id: string;
        };
        SavedQueryBodyDto: {
            name: string;
            /**
             * @description KPIs, as in POST /reporting/query:
             *     - `volume`: Tickets opened in the period (openedAt in [from, to)).
             *     - `throughput`: Tickets whose latest resolution (resolvedAt) falls in the period. Grouped by agent (the resolver) or group: agent and group throughput.
             *     - `mttr_hours`: Mean time to resolve: mean of openedAt -> resolvedAt (the latest resolution, not closure) in calendar hours, over tickets resolved in the period. Time on hold counts.
             *     - `median_ttr_hours`: Median of openedAt -> resolvedAt (not closure) in calendar hours, over tickets resolved in the period.
             *     - `mttr_business_hours`: Mean of openedAt -> resolvedAt (not closure) in working hours of the tenant's reporting calendar, over tickets resolved in the period.
             *     - `mtta_hours`: Mean time to acknowledge: mean of openedAt -> firstResponseAt in calendar hours, over tickets first responded to in the period. A response is what the SLA definition counts as one: the completion of the ticket's response clock.
             *     - `fcr_rate`: First-contact resolution rate: % of tickets resolved in the period that were resolved by the agent of first contact (first assignee, else who recorded it) with no reassignment, escalation or reopen; for email within one working hour of opening, for other channels without a hold.
             *     - `flr_rate`: First-level resolution rate: % of tickets resolved in the period that never left tier 1 (no escalation, no assignment to tier 2 or 3).
             *     - `sla_compliance`: % of tickets resolved in the period with no breached clock other than cancelled ones (response and resolution targets alike).
             *     - `overdue_open`: Tickets open at the instant (end of the period or bucket, or asOf) with a clock, not cancelled, breached by then.
             *     - `backlog`: Tickets open (new, assigned or on hold: not resolved, closed or cancelled) at the instant: end of the period or bucket, or asOf.
             *     - `backlog_age_hours`: Mean age in calendar hours (instant - openedAt) of the tickets in the backlog at the instant.
             *     - `backlog_growth`: Tickets opened in the period minus tickets resolved in the period (latest resolution).
             *     - `reopen_rate`: % : reopenings in the period / resolutions in the period (every resolution counts, also those later reopened).
             *     - `reassignment_rate`: % of tickets resolved in the period that were reassigned at least once (to another group, or to another agent in the group).
             *     - `ping_pong_rate`: % of tickets resolved in the period whose group path contains A -> B -> A.
             *     - `csat_mean`: Mean satisfaction rating (1-5) of the ratings given in the period (ratedAt).
             *     - `csat_satisfied_pct`: % of the ratings given in the period that are 4 or 5.
             *     - `cost_per_ticket`: Mean cost of the tickets resolved in the period: minutes logged in each group x that group's hourly rate (reporting settings) / 60.
             *     - `minutes_logged`: Minutes logged on the tickets resolved in the period (all their time, whenever logged).
             */
            metrics: string[];
            groupBy?: ("priority" | "channel" | "service" | "category" | "closingCategory" | "group" | "tier" | "kind" | "agent" | "tenant")[];
            /** @description Dimension -> value or list of values */
            filters?: Record<string, never>;
            /** @enum {string} */
            bucket?: "hour" | "day" | "week" | "month";
            /** @description Run it daily or weekly and mail its CSV through the notification path */
            schedule?: components["schemas"]["QueryScheduleDto"];
        };
        NotificationPreferencesViewDto: {
            /** @description Some of email, in-app; null: every channel the desk uses */
            channels: string[] | null;
            /** @description Settings revision (-1 until first chosen); also the ETag */
            revision: number;
        };
        NotificationPreferencesDto: {
            /**
             * @description The channels to be told on, of those the desk allows; null or left out: every channel the desk uses
             * @example [
             *       "in-app"
             *     ]
             */
            channels?: ("email" | "in-app")[] | null;
        };
        RecipientDto: {
            /** @enum {string} */
            role?: "caller" | "assignee" | "group" | "group-manager" | "approvers" | "major-incident-manager";
            /** @description An event field naming a user (e.g. an escalation's manager) */
            field?: string;
            /** @description Every member of this group */
            group?: string;
            /** @description This user */
            user?: string;
        };
        WebhookDto: {
            url: string;
            /** @description Signs each delivery: X-Deskstream-Signature = sha256=HMAC(secret, "<timestamp>.<body>") */
            secret: string;
        };
        RuleDto: {
            id: string;
            name: string;
            /** @default true */
            enabled: boolean;
            /** @enum {string} */
            trigger: "incident.assigned" | "incident.public-comment" | "incident.resolved" | "incident.closed" | "incident.escalated-hierarchically" | "major-incident.update-published" | "major-incident.update-overdue" | "request.awaiting-approval" | "request.public-comment" | "request.assigned" | "sla.warning" | "sla.breached";
            /**
             * @description Field -> allowed values; all must hold
             * @example {
             *       "ticket.status": [
             *         "resolved"
             *       ]
             *     }
             */
            conditions?: Record<string, never>;
            recipients: components["schemas"]["RecipientDto"][];
            /** @description Template id (not for webhooks) */
            template?: string;
            /** @enum {string} */
            channel: "email" | "in-app" | "webhook";
            webhook?: components["schemas"]["WebhookDto"];
        };
        TemplateDto: {
            id: string;
            /** @example de */
            locale: string;
            /** @description Handlebars; plain text */
            subject: string;
            /** @description Handlebars; plain text */
            text: string;
            /** @description Handlebars; every value is HTML-escaped unless the template says otherwise */
            html?: string;
        };
        ChangeNotificationSettingsDto: {
            rules?: components["schemas"]["RuleDto"][];
            templates?: components["schemas"]["TemplateDto"][];
            channels?: ("email" | "in-app" | "webhook")[];
        };
        IssueDevTokenDto: {
            /** @example acme */
            tenant: string;
            /**
             * @description A demo user (each is named after its role), or a user of an onboarded tenant
             * @example agent
             */
            user: string;
        };
        DevTokenResponse: {
            token: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description Seconds */
            expiresIn: number;
            tenant: string;
            user: string;
            roles: string[];
        };
        ChangePasswordDto: Record<string, never>;
    };
    responses: {
        /** @description Invalid input: each failed field is listed in `errors` */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid bearer token */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller's roles do not allow this */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such record in the caller's tenant */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Refused in the record's current state: `reason`, `currentStatus` and `allowedActions` say why and what is possible */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match names a revision that is no longer current */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is over the size limit */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not JSON */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The Idempotency-Key was used before with a different body */
        IdempotencyKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Over the tenant's rate; Retry-After says when to come back */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every adapter answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            /** @description At least one adapter does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authenticated principal: tenant, user, name and roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TenantsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TenantsController_create: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "initech",
                 *       "name": "Initech facilities",
                 *       "template": "facilities",
                 *       "timeZone": "America/Chicago",
                 *       "locale": "en-US",
                 *       "admins": [
                 *         "bill"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateTenantDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TenantsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TenantsController_configureIdentityProvider: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "issuer": "https://login.initech.example",
                 *       "jwksUrl": "https://login.initech.example/.well-known/jwks.json",
                 *       "audience": "deskstream",
                 *       "userClaim": "sub",
                 *       "emailClaim": "email",
                 *       "nameClaim": "name",
                 *       "rolesClaim": "groups",
                 *       "roleMap": {
                 *         "hr-agents": "agent",
                 *         "hr-admins": "tenant-admin"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["IdentityProviderDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TenantsController_removeIdentityProvider: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TenantsController_suspend: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Contract ended; data kept until the export is taken"
                 *     }
                 */
                "application/json": components["schemas"]["SuspendTenantDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TenantsController_resume: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TenantsController_delete: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TenantsController_cancelDeletion: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TenantsController_export: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archive (tar.gz): manifest.json with checksums, events.ndjson (CloudEvents), files/ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TenantsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryUsersController_list: {
        parameters: {
            query?: {
                /** @description Words in the name */
                q?: string;
                active?: "true" | "false";
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryUsersController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "timeZone": "Europe/Berlin",
                 *       "locale": "de-DE",
                 *       "id": "id"
                 *     }
                 */
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryUsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryUsersController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; a stale one is a 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "timeZone": "Europe/Berlin",
                 *       "locale": "de-DE"
                 *     }
                 */
                "application/json": components["schemas"]["UserBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryGroupsController_list: {
        parameters: {
            query?: {
                /** @description Words in the name */
                q?: string;
                active?: "true" | "false";
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryGroupsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "id": "id"
                 *     }
                 */
                "application/json": components["schemas"]["CreateGroupDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryGroupsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryGroupsController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; a stale one is a 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name"
                 *     }
                 */
                "application/json": components["schemas"]["GroupBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryServicesController_list: {
        parameters: {
            query?: {
                /** @description Words in the name */
                q?: string;
                active?: "true" | "false";
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryServicesController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "id": "id"
                 *     }
                 */
                "application/json": components["schemas"]["CreateServiceDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryServicesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryServicesController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; a stale one is a 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name"
                 *     }
                 */
                "application/json": components["schemas"]["ServiceBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryConfigurationItemsController_list: {
        parameters: {
            query?: {
                /** @description Words in the name */
                q?: string;
                active?: "true" | "false";
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryConfigurationItemsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "id": "id"
                 *     }
                 */
                "application/json": components["schemas"]["CreateConfigurationItemDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryConfigurationItemsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryConfigurationItemsController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; a stale one is a 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name"
                 *     }
                 */
                "application/json": components["schemas"]["ConfigurationItemBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryLocationsController_list: {
        parameters: {
            query?: {
                /** @description Words in the name */
                q?: string;
                active?: "true" | "false";
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryLocationsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "timeZone": "Europe/Berlin",
                 *       "id": "id"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLocationDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryLocationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryLocationsController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; a stale one is a 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "timeZone": "Europe/Berlin"
                 *     }
                 */
                "application/json": components["schemas"]["LocationBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryCategoriesController_list: {
        parameters: {
            query?: {
                /** @description Words in the name */
                q?: string;
                active?: "true" | "false";
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryCategoriesController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "id": "id"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCategoryDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryCategoriesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DirectoryCategoriesController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; a stale one is a 412 */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name"
                 *     }
                 */
                "application/json": components["schemas"]["CategoryBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    GroupMembersController_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupMembersDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    PersonErasureController_erase: {
        parameters: {
            query?: never;
            header?: {
                "X-Correlation-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ServiceAccountsController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ServiceAccountsController_create: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "id",
                 *       "name": "name",
                 *       "roles": [
                 *         "requester"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateServiceAccountDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ServiceAccountsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ServiceAccountsController_issue: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "endpoints": [
                 *         "POST /api/v1/intake/alerts"
                 *       ],
                 *       "expiresInDays": 1
                 *     }
                 */
                "application/json": components["schemas"]["IssueApiKeyDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ServiceAccountsController_revoke: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentsController_list: {
        parameters: {
            query?: {
                /** @description One or more values, comma-separated */
                status?: string;
                /** @description Assignment groups, comma-separated */
                group?: string;
                /** @description Assignees, comma-separated */
                assignee?: string;
                /** @description One or more values, comma-separated */
                priority?: string;
                /** @description One or more values, comma-separated */
                channel?: string;
                /** @description Callers, comma-separated */
                caller?: string;
                /** @description Services, comma-separated */
                service?: string;
                /** @description true: major incidents only; false: the others */
                major?: boolean;
                /** @description true: only the queues of the groups the caller is a member of (agents' "my groups") */
                myGroups?: boolean;
                /** @description Sort keys, comma-separated, `-` for descending: priority, age, updated, reference, slaDue, sla */
                sort?: string;
                /** @description With true, the answer carries the total number of matching items */
                count?: boolean;
                /** @description Text search in short description and description */
                q?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the queue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IncidentSummaryDto"][];
                        /** @description Pass it as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Only with `count=true` */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentsController_open: {
        parameters: {
            query?: never;
            header?: {
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "caller": "requester",
                 *       "channel": "portal",
                 *       "service": "vpn",
                 *       "shortDescription": "VPN drops every hour",
                 *       "description": "Since Monday the VPN disconnects every hour and I lose my session"
                 *     }
                 */
                "application/json": components["schemas"]["OpenIncidentDto"];
            };
        };
        responses: {
            /** @description Location and ETag headers name the new incident */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentReceiptDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentsController_get: {
        parameters: {
            query?: {
                /** @description ISO 8601 time: the record as it stood then (not in the future) */
                asOf?: string;
            };
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident with the actions the caller may take; the ETag header is its revision. With `asOf` it is a historical view: `asOf` is echoed in the body and in the Memento-Datetime header (RFC 7089), and no actions are offered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["History"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentQueueFeedController_changes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream of changes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description The client did not accept `text/event-stream` */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentWorkController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "group": "service-desk",
                 *       "assignee": "agent"
                 *     }
                 */
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentWorkController_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentWorkController_hold: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "awaiting-caller"
                 *     }
                 */
                "application/json": components["schemas"]["HoldDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentWorkController_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentWorkController_classify: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "impact": 1,
                 *       "urgency": 1
                 *     }
                 */
                "application/json": components["schemas"]["ClassifyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentWorkController_escalate: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "functional",
                 *       "group": "network",
                 *       "reason": "Needs the network team: the gateway drops sessions"
                 *     }
                 */
                "application/json": components["schemas"]["EscalateDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentWorkController_note: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "visibility": "internal",
                 *       "text": "Reinstalled the VPN client; the caller will confirm tomorrow"
                 *     }
                 */
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentWorkController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Raised twice by mistake"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentResolutionController_resolve: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "closingCategory": "software",
                 *       "notes": "Updated the VPN client to 4.2; sessions stay up"
                 *     }
                 */
                "application/json": components["schemas"]["ResolveDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentResolutionController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentResolutionController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Raised twice by mistake"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentResolutionController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentResolutionController_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Raised twice by mistake"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentResolutionController_feedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rating": 1,
                 *       "comment": "Quick and clear, thank you"
                 *     }
                 */
                "application/json": components["schemas"]["IncidentFeedbackDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    MajorIncidentController_declare: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "manager": "resolver",
                 *       "reason": "Nobody in the company can send mail"
                 *     }
                 */
                "application/json": components["schemas"]["DeclareMajorDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    MajorIncidentController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "audience": "all staff",
                 *       "message": "Mail is back for most users; we are watching the queue"
                 *     }
                 */
                "application/json": components["schemas"]["StakeholderUpdateDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    MajorIncidentController_linkChild: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "child": "INC0001002"
                 *     }
                 */
                "application/json": components["schemas"]["LinkChildDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    MajorIncidentController_review: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The incident id, or its reference (INC0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "whatWentWrong": "The mail certificate expired unnoticed",
                 *       "actions": [
                 *         {
                 *           "description": "description",
                 *           "owner": "owner"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PostIncidentReviewDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentSettingsController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "priorityMatrix": [
                 *         [
                 *           "P1",
                 *           "P2",
                 *           "P3"
                 *         ],
                 *         [
                 *           "P2",
                 *           "P3",
                 *           "P4"
                 *         ],
                 *         [
                 *           "P3",
                 *           "P4",
                 *           "P5"
                 *         ]
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ChangeIncidentSettingsDto"];
            };
        };
        responses: {
            /** @description The settings now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IncidentSettingsController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "priorityMatrix": [
                 *         [
                 *           "P1",
                 *           "P2",
                 *           "P3"
                 *         ],
                 *         [
                 *           "P2",
                 *           "P3",
                 *           "P4"
                 *         ],
                 *         [
                 *           "P3",
                 *           "P4",
                 *           "P5"
                 *         ]
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ChangeIncidentSettingsDto"];
            };
        };
        responses: {
            /** @description The settings now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    AnnouncementsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items: [{ reference, shortDescription, service, status, openedAt }], nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ImportJobsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job, running; GET its Location for progress and the report */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ImportJobsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestsController_list: {
        parameters: {
            query?: {
                /** @description One or more statuses, comma-separated */
                status?: string;
                /** @description Catalog items, comma-separated */
                catalogItem?: string;
                /** @description Users the requests are for, comma-separated. Staff: any user; requesters: only themselves (the default) */
                requestedFor?: string;
                /** @description Users who raised the requests, comma-separated. Staff: any user; requesters: only themselves, to list what they raised for others */
                requestedBy?: string;
                /** @description Assignment groups, comma-separated */
                group?: string;
                /** @description Assignees, comma-separated */
                assignee?: string;
                /** @description Priorities, comma-separated */
                priority?: string;
                /** @description Text search in the catalog item and the description, as on incidents */
                q?: string;
                /** @description Staff: true for only the requests of the groups the caller is a member of ("my groups") */
                myGroups?: boolean;
                /** @description Sort keys, comma-separated, `-` for descending: age, submitted, updated, reference, status, slaDue, sla */
                sort?: string;
                /** @description With true, the answer carries the total number of matching items */
                count?: boolean;
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ServiceRequestSummaryDto"][];
                        /** @description Pass it as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Only with `count=true` */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestsController_submit: {
        parameters: {
            query?: never;
            header?: {
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogItem": "laptop",
                 *       "description": "New starter on Monday, needs a developer laptop",
                 *       "requestedFor": "requester",
                 *       "approvers": [
                 *         "budget-holder"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SubmitRequestDto"];
            };
        };
        responses: {
            /** @description Location and ETag headers name the new request */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestOutcomeDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestsController_get: {
        parameters: {
            query?: {
                /** @description Show the request as it stood at this moment (ISO 8601, not in the future) */
                asOf?: string;
            };
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request with the actions the caller may take; the ETag header is its revision. With `asOf`: a historical view, `asOf` echoed in the body and the Memento-Datetime header, no actions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequestDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["History"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestActionsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["EmptyBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestActionsController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "Approved within budget"
                 *     }
                 */
                "application/json": components["schemas"]["ApproveRequestDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestActionsController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Raised twice by mistake"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestActionsController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "group": "fulfilment",
                 *       "assignee": "agent"
                 *     }
                 */
                "application/json": components["schemas"]["AssignRequestDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestActionsController_classify: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "impact": 2,
                 *       "urgency": 2
                 *     }
                 */
                "application/json": components["schemas"]["ClassifyRequestDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestActionsController_addTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Image the laptop",
                 *       "assignee": "agent",
                 *       "assignmentGroup": "desktop-support"
                 *     }
                 */
                "application/json": components["schemas"]["FulfilmentTaskDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestActionsController_completeTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "taskId": "task-1",
                 *       "notes": "Laptop handed over"
                 *     }
                 */
                "application/json": components["schemas"]["CompleteFulfilmentTaskDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestActionsController_fulfil: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "Delivered to the front desk"
                 *     }
                 */
                "application/json": components["schemas"]["FulfilRequestDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestActionsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["EmptyBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestActionsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Raised twice by mistake"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestActionsController_note: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "visibility": "internal",
                 *       "text": "The laptop ships on Monday"
                 *     }
                 */
                "application/json": components["schemas"]["RequestNoteDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ServiceCatalogController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceCatalogDto"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ServiceCatalogController_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ChangeServiceCatalogDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceCatalogDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SubmissionsController_submit: {
        parameters: {
            query?: never;
            header?: {
                "X-Correlation-Id"?: string;
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requestType": "something-is-broken",
                 *       "fields": {}
                 *     }
                 */
                "application/json": components["schemas"]["SubmitDto"];
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionReceiptDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            /** @description Over the tenant rate; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubmissionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SubmissionsController_size: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestTypesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items: [{ id, version, name, kind, form, category, group, impact, urgency }] } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestTypesController_define: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "kind": "incident",
                 *       "form": {},
                 *       "impact": {},
                 *       "urgency": {},
                 *       "id": "password-reset"
                 *     }
                 */
                "application/json": components["schemas"]["DefineRequestTypeDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestTypesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    RequestTypesController_revise: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
                "if-match": string;
                /** @description The version the client read (its ETag); 412 when stale */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "kind": "incident",
                 *       "form": {},
                 *       "impact": {},
                 *       "urgency": {}
                 *     }
                 */
                "application/json": components["schemas"]["RequestTypeDefinitionDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    AlertsController_alertmanager: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description What became of each alert */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertOutcomesDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    AlertsController_generic: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "DiskFull",
                 *       "status": "firing",
                 *       "service": "mail",
                 *       "severity": "critical",
                 *       "summary": "Disk /var is 97% full"
                 *     }
                 */
                "application/json": {
                    name: string;
                    /**
                     * @default firing
                     * @enum {unknown}
                     */
                    status?: "firing" | "resolved";
                    fingerprint?: string;
                    service?: string;
                    severity?: string;
                    summary?: string;
                    description?: string;
                    labels?: {
                        [key: string]: string;
                    };
                    /** Format: date-time */
                    startsAt?: string;
                    /** Format: date-time */
                    endsAt?: string;
                    source?: string;
                };
            };
        };
        responses: {
            /** @description What became of the alert */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertOutcomeDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IntakeSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IntakeSettingsController_replace: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
                "if-match": string;
                /** @description ETag (revision) the client read; 412 when stale */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["IntakeSettingsDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    IntakeSettingsController_merge: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
                "if-match": string;
                /** @description ETag (revision) the client read; 412 when stale */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["IntakeSettingsDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DevOutboxController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items: [{ to, subject, messageId, reference, headers, text, sentAt }] } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ChatSessionsController_list: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CandidatesController_list: {
        parameters: {
            query?: {
                status?: "open" | "snoozed" | "promoted" | "dismissed";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProblemCandidateDto"][];
                        /** @description Pass it as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Only with `count=true` */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CandidatesController_promote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The problem candidate id */
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["PromoteCandidateDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CandidatesController_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The problem candidate id */
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "reason"
                 *     }
                 */
                "application/json": components["schemas"]["DismissCandidateDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemsController_list: {
        parameters: {
            query?: {
                /** @description One or more values, comma-separated */
                status?: string;
                /** @description One or more values, comma-separated */
                priority?: string;
                /** @description Services, comma-separated */
                service?: string;
                /** @description One or more values, comma-separated */
                origin?: string;
                /** @description true: known errors only */
                knownError?: boolean;
                /** @description Text search in descriptions, workaround and cause */
                q?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Sort keys, comma-separated, `-` for descending: priority, age, updated, reference, status */
                sort?: string;
                /** @description With true, the answer carries the total number of matching items */
                count?: boolean;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of problems */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProblemSummaryDto"][];
                        /** @description Pass it as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Only with `count=true` */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemsController_record: {
        parameters: {
            query?: never;
            header?: {
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "shortDescription": "VPN drops every hour for many users",
                 *       "description": "Forty incidents this week: sessions end after exactly 60 minutes",
                 *       "service": "vpn",
                 *       "impact": 1,
                 *       "urgency": 1,
                 *       "origin": "incident-trend"
                 *     }
                 */
                "application/json": components["schemas"]["RecordProblemDto"];
            };
        };
        responses: {
            /** @description Location and ETag headers name the new problem */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemReceiptDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemsController_get: {
        parameters: {
            query?: {
                /** @description ISO 8601 time: the record as it stood then (not in the future) */
                asOf?: string;
            };
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The problem with knownError, worksheet verdicts and allowed actions; the ETag header is its revision. With `asOf` it is a historical view: `asOf` is echoed in the body and in the Memento-Datetime header (RFC 7089), and no actions are offered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["History"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemsController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemsController_incidents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_assess: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "problemManager": "problem-manager"
                 *     }
                 */
                "application/json": components["schemas"]["AssessDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_confirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_markDuplicate: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "master": "PRB0001001"
                 *     }
                 */
                "application/json": components["schemas"]["MarkDuplicateDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Raised twice by mistake"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_startAnalysis: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_startFix: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "plan": "Raise the gateway idle timeout and roll out client 4.2"
                 *     }
                 */
                "application/json": components["schemas"]["FixPlanDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_acceptRisk: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Raised twice by mistake"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_resolve: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "Timeout raised on every gateway; no drops since"
                 *     }
                 */
                "application/json": components["schemas"]["NotesDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_reanalyse: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Raised twice by mistake"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_flagMajor: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Raised twice by mistake"
                 *     }
                 */
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemLifecycleController_reviewMajor: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "summary": "Idle timeout set too low on the new gateways",
                 *       "lessons": "Load-test session lifetimes before a gateway change"
                 *     }
                 */
                "application/json": components["schemas"]["MajorReviewDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_recordWorkaround: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workaround": "Reconnect the VPN, or use webmail meanwhile"
                 *     }
                 */
                "application/json": components["schemas"]["WorkaroundDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_recordCause: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cause": "The VPN gateway drops sessions idle for 60 minutes"
                 *     }
                 */
                "application/json": components["schemas"]["CauseDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_publishKnownError: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_reviewWorkaround: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "effective": true,
                 *       "note": "Worked for INC0001002"
                 *     }
                 */
                "application/json": components["schemas"]["ReviewWorkaroundDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_linkIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "incident": "INC0001001"
                 *     }
                 */
                "application/json": components["schemas"]["IncidentLinkDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_unlinkIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "incident": "INC0001001"
                 *     }
                 */
                "application/json": components["schemas"]["IncidentLinkDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_communicate: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "Known error: reconnect the VPN until the fix is out"
                 *     }
                 */
                "application/json": components["schemas"]["CommunicateDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_addTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Check the gateway logs",
                 *       "assignee": "resolver"
                 *     }
                 */
                "application/json": components["schemas"]["ProblemTaskDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_completeTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "taskId": "task-1",
                 *       "outcome": "Sessions end at exactly 60 minutes idle"
                 *     }
                 */
                "application/json": components["schemas"]["CompleteProblemTaskDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_addTimelineEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "log",
                 *       "text": "Gateway firmware 9.1 deployed",
                 *       "source": "change CHG0001001",
                 *       "happenedAt": "happenedAt"
                 *     }
                 */
                "application/json": components["schemas"]["ProblemTimelineEntryDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_updateKt: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rows": [
                 *         {
                 *           "dimension": "what",
                 *           "is": {},
                 *           "isNot": {},
                 *           "distinctions": {},
                 *           "changes": {}
                 *         }
                 *       ],
                 *       "causes": [
                 *         {
                 *           "causeId": "causeId",
                 *           "description": "description",
                 *           "tests": []
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["KepnerTregoeDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemWorkController_updateWhys: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag (revision) the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                /** @description The problem id, or its reference (PRB0001001) */
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "steps": [
                 *         {
                 *           "why": "why",
                 *           "answer": "answer"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FiveWhysDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemSettingsController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ChangeProblemSettingsDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ProblemSettingsController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ChangeProblemSettingsDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CalendarsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CalendarsController_define: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "timeZone": "Europe/Berlin",
                 *       "weekly": [
                 *         {
                 *           "day": "mon",
                 *           "from": "09:00",
                 *           "to": "18:00"
                 *         }
                 *       ],
                 *       "id": "berlin-office"
                 *     }
                 */
                "application/json": components["schemas"]["DefineCalendarDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CalendarsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CalendarsController_replace: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "timeZone": "Europe/Berlin",
                 *       "weekly": [
                 *         {
                 *           "day": "mon",
                 *           "from": "09:00",
                 *           "to": "18:00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CalendarBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CalendarsController_addHolidays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON {"holidays": [...]}, or an iCalendar (.ics) file; recurring events are expanded */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "holidays": [
                 *         {
                 *           "name": "name",
                 *           "date": "2026-12-25"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddHolidaysDto"];
                /**
                 * @example {
                 *       "holidays": [
                 *         {
                 *           "name": "name",
                 *           "date": "2026-12-25"
                 *         }
                 *       ]
                 *     }
                 */
                "text/calendar": components["schemas"]["AddHolidaysDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CalendarsController_due: {
        parameters: {
            query: {
                /** @description ISO 8601 instant */
                from: string;
                minutes: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CalendarsController_elapsed: {
        parameters: {
            query: {
                /** @description ISO 8601 instant */
                from: string;
                /** @description ISO 8601 instant */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DefinitionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DefinitionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "type": "sla",
                 *       "target": "response",
                 *       "appliesTo": {
                 *         "kind": "incident"
                 *       },
                 *       "calendar": "business-hours",
                 *       "conditions": {
                 *         "start": {}
                 *       },
                 *       "id": "p2-resolution"
                 *     }
                 */
                "application/json": components["schemas"]["SaveDefinitionDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DefinitionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DefinitionsController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "type": "sla",
                 *       "target": "response",
                 *       "appliesTo": {
                 *         "kind": "incident"
                 *       },
                 *       "calendar": "business-hours",
                 *       "conditions": {
                 *         "start": {}
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DefinitionBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    DefinitionsController_retire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ClocksController_list: {
        parameters: {
            query?: {
                /** @description Ticket id or reference (INC0001001) */
                ticket?: string;
                /** @description With `ticket`: the clocks as they stood then */
                asOf?: string;
                /** @description Only breached (true) or unbreached (false) clocks */
                breached?: boolean;
                group?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ClocksController_acknowledge: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ClocksController_notifications: {
        parameters: {
            query?: {
                /** @description Ticket id or reference */
                ticket?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ReplayController_whatIf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "definitions": [
                 *         {
                 *           "name": "name",
                 *           "type": "sla",
                 *           "target": "response",
                 *           "appliesTo": {},
                 *           "calendar": "business-hours",
                 *           "conditions": {},
                 *           "id": "p2-resolution"
                 *         }
                 *       ],
                 *       "from": "from",
                 *       "to": "to"
                 *     }
                 */
                "application/json": components["schemas"]["WhatIfDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ReplayController_repair: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "reason"
                 *     }
                 */
                "application/json": components["schemas"]["RepairDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticlesController_list: {
        parameters: {
            query?: {
                /** @description Full-text query (ranked); without it, newest change first */
                q?: string;
                /** @description Services, comma-separated */
                service?: string;
                /** @description Categories, comma-separated */
                category?: string;
                /** @description States, comma-separated. Agents only; requesters always get validated articles */
                state?: string;
                /** @description Sort keys, comma-separated, `-` for descending: updated, reference, status, reuse, flags. Lists only (no `q`): a search is ranked */
                sort?: string;
                /** @description With true, the answer carries the total number of matching items */
                count?: boolean;
                audience?: "internal" | "requesters";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of articles, or of search hits (which also have total and searchId) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ArticleSummaryDto"][];
                        /** @description Pass it as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Only with `count=true` */
                        total?: number;
                        /** @description Searches: pass it as `searchId` when opening a result */
                        searchId?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticlesController_create: {
        parameters: {
            query?: never;
            header?: {
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Outlook cannot connect after a password change",
                 *       "problem": "Outlook asks for the password again and again",
                 *       "resolution": "Remove the cached credentials in the credential manager",
                 *       "audience": "internal"
                 *     }
                 */
                "application/json": components["schemas"]["CreateArticleDto"];
            };
        };
        responses: {
            /** @description Location and ETag headers name the new article */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleReceiptDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticlesController_get: {
        parameters: {
            query?: {
                /** @description An older version */
                version?: string;
                /** @description The article as it stood then */
                asOf?: string;
                /** @description The searchId of the search or suggestion this article was opened from */
                searchId?: string;
            };
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article with the actions the caller may take; the ETag header is its revision. With `asOf` it is a historical view: `asOf` is echoed in the body and in the Memento-Datetime header (RFC 7089), and no actions are offered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticlesController_remove: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleReceiptDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticlesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["History"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticleActionsController_edit: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cause": "A stale token in the credential manager"
                 *     }
                 */
                "application/json": components["schemas"]["EditArticleDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticleActionsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["EmptyBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticleActionsController_validate: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["EmptyBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticleActionsController_archive: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Outlook 2016 is no longer used"
                 *     }
                 */
                "application/json": components["schemas"]["ArchiveArticleDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticleActionsController_flag: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "wrong",
                 *       "comment": "Step 2 names a menu that no longer exists"
                 *     }
                 */
                "application/json": components["schemas"]["FlagArticleDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticleActionsController_resolveFlag: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "flagId": "flag-1",
                 *       "comment": "Steps updated for the new menu"
                 *     }
                 */
                "application/json": components["schemas"]["ResolveFlagDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticleActionsController_feedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "helpful": true,
                 *       "comment": "Solved it"
                 *     }
                 */
                "application/json": components["schemas"]["ArticleFeedbackDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ArticleActionsController_linkTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the revision the client saw; 412 when stale */
                "If-Match"?: string;
            };
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ticketId": "incident-id",
                 *       "ticketReference": "INC0001001"
                 *     }
                 */
                "application/json": components["schemas"]["LinkTicketDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    KnowledgeController_suggestions: {
        parameters: {
            query: {
                /** @description What the requester has typed so far */
                q: string;
                /** @description The portal form being filled in; articles of its category rank higher */
                requestType?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, total, searchId } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    KnowledgeController_deflection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "searchId": "search-id",
                 *       "articleId": "article-id"
                 *     }
                 */
                "application/json": components["schemas"]["DeflectionDto"];
            };
        };
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    KnowledgeController_reviewQueue: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items: [article summary + flags], nextCursor } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    KnowledgeController_incidentSuggestions: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, total } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    KnowledgeController_gaps: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { searches: [...ranked], categories: [...ranked] } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    KnowledgeSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    KnowledgeSettingsController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ChangeKnowledgeSettingsDto"];
            };
        };
        responses: {
            /** @description The settings now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    KnowledgeSettingsController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ChangeKnowledgeSettingsDto"];
            };
        };
        responses: {
            /** @description The settings now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TicketFactsController_list: {
        parameters: {
            query?: {
                kind?: "incident" | "request";
                status?: "new" | "assigned" | "on-hold" | "resolved" | "closed" | "cancelled";
                priority?: string;
                channel?: string;
                service?: string;
                /** @description Current assignment group */
                group?: string;
                /** @description Opened at or after (ISO 8601) */
                openedFrom?: string;
                /** @description Opened before (ISO 8601) */
                openedTo?: string;
                /** @description Resolved at or after (ISO 8601) */
                resolvedFrom?: string;
                /** @description Resolved before (ISO 8601) */
                resolvedTo?: string;
                /** @description csv (or Accept: text/csv) streams every matching fact as CSV, arrow as an Arrow IPC stream */
                format?: "json" | "csv" | "arrow";
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    TicketFactsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrReference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ReportQueryController_query: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "arrow";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "metrics": [
                 *         "volume"
                 *       ],
                 *       "from": "from",
                 *       "to": "to"
                 *     }
                 */
                "application/json": components["schemas"]["ReportQueryDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ReportingSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ReportingSettingsController_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ChangeReportingSettingsDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SavedQueriesController_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description With true, the answer carries the total number of matching items */
                count?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of saved queries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SavedQueryViewDto"][];
                        /** @description Pass it as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description Only with `count=true` */
                        total?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SavedQueriesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "metrics": [
                 *         "metrics"
                 *       ],
                 *       "id": "weekly-p1-backlog"
                 *     }
                 */
                "application/json": components["schemas"]["SaveSavedQueryDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SavedQueriesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedQueryViewDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SavedQueriesController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "name",
                 *       "metrics": [
                 *         "metrics"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SavedQueryBodyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SavedQueriesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no report of it is mailed any more */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    MyNotificationsController_feed: {
        parameters: {
            query?: {
                unread?: "true" | "false";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { items, nextCursor, unread } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    MyNotificationsController_read: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    MyNotificationPreferencesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesViewDto"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    MyNotificationPreferencesController_replace: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
                "if-match": string;
                /** @description ETag (revision) the client read; 412 when stale */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channels": [
                 *         "in-app"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["NotificationPreferencesDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesViewDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    NotificationAdminController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    NotificationAdminController_change: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag read; a stale one is a 412 */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ChangeNotificationSettingsDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    NotificationAdminController_deadLetters: {
        parameters: {
            query?: {
                unread?: "true" | "false";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    NotificationAdminController_replay: {
        parameters: {
            query?: never;
            header: {
                "x-correlation-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    WellKnownController_jwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
        };
    };
    WellKnownController_discovery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
        };
    };
    DevTokenController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tenant": "acme",
                 *       "user": "agent"
                 *     }
                 */
                "application/json": components["schemas"]["IssueDevTokenDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevTokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    PasswordController_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description The new password is in force */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
