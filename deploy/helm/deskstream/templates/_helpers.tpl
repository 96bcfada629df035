{{/* The chart's name, as the part-of label. */}}
{{- define "deskstream.partOf" -}}
{{- .Chart.Name -}}
{{- end -}}

{{/* Labels every object carries; call with (dict "root" $ "name" <service>). */}}
{{- define "deskstream.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/part-of: {{ include "deskstream.partOf" .root }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{/* The labels a Deployment selects its pods by; they never change after the first install. */}}
{{- define "deskstream.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* One service's settings: `defaults` overridden by `services.<name>`. */}}
{{- define "deskstream.service" -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.defaults) (deepCopy (.config | default dict))) -}}
{{- end -}}

{{- define "deskstream.connectionsSecret" -}}
{{- if .Values.connections.create -}}{{ printf "%s-connections" .Release.Name }}{{- else -}}{{ required "connections.existingSecret (or connections.create) is required" .Values.connections.existingSecret }}{{- end -}}
{{- end -}}

{{- define "deskstream.image" -}}
{{- printf "%s:%s" (required "image.repository is required" .Values.image.repository) (.Values.image.tag | default .Chart.AppVersion) -}}
{{- end -}}
