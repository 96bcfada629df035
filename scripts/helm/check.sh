#!/usr/bin/env bash
# Validates the Helm chart (deploy/helm/deskstream): `helm lint`, then every manifest `helm template`
# renders (with the default values and with each file in deploy/helm/test-values/) is checked by
# kubeconform against the Kubernetes API's JSON schemas, strictly (unknown fields are errors).
# The tools are installed once per machine into DESKSTREAM_TOOLS_CACHE (default ~/.cache/deskstream-tools):
# helm and kubeconform with `go install` (Go module proxy), the schemas from the kubernetes-validate
# package (PyPI), made self-contained by standalone-schemas.py. No network is needed after that.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
HELM_VERSION=v4.3.2
KUBECONFORM_VERSION=v0.8.0
# kubernetes-validate 1.37.0 ships the schemas of Kubernetes v1.37.0 (and older).
KUBERNETES_VALIDATE_VERSION=1.37.0
KUBERNETES_VERSION=v1.37.0
cache=${DESKSTREAM_TOOLS_CACHE:-$HOME/.cache/deskstream-tools}
log() { echo "helm-check: $*" >&2; }

go_tool() { # name module version
  local dir=$cache/$1-$3
  if [ ! -f "$dir/.installed" ]; then
    command -v go >/dev/null || { log "go is needed to install $1"; exit 1; }
    log "installing $1 $3 with go install"
    rm -rf "$dir" && mkdir -p "$dir"
    GOBIN=$dir GOFLAGS=-mod=mod go install "$2@$3" >&2
    touch "$dir/.installed"
  fi
  echo "$dir/$1"
}

schemas() {
  local dir=$cache/k8s-schemas-$KUBERNETES_VERSION
  if [ ! -f "$dir/.installed" ]; then
    log "installing the Kubernetes $KUBERNETES_VERSION schemas from kubernetes-validate $KUBERNETES_VALIDATE_VERSION (PyPI)"
    local venv=$cache/kubernetes-validate-$KUBERNETES_VALIDATE_VERSION
    rm -rf "$venv" "$dir"
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install -q "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" >&2
    local source
    source=$("$venv/bin/python" -c 'import os, kubernetes_validate; print(os.path.dirname(kubernetes_validate.__file__))')
    python3 "$here/standalone-schemas.py" "$source/kubernetes-json-schema/$KUBERNETES_VERSION-local-strict" "$dir"
    touch "$dir/.installed"
  fi
  echo "$dir"
}

helm=$(go_tool helm helm.sh/helm/v4/cmd/helm "$HELM_VERSION")
kubeconform=$(go_tool kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION")
schema_dir=$(schemas)
validate() { "$kubeconform" -strict -summary -schema-location "$schema_dir/{{ .ResourceKind }}{{ .KindSuffix }}.json" "$@"; }

# The validator must refuse a bad manifest, or every "valid" below would mean nothing.
if validate "$here/invalid-deployment.yaml" >/dev/null 2>&1; then
  log "kubeconform accepted deploy's deliberately invalid manifest: the schemas are not being applied"
  exit 1
fi

chart=$root/deploy/helm/deskstream
"$helm" lint --strict "$chart"
rendered=$(mktemp -d)
trap 'rm -rf "$rendered"' EXIT
"$helm" template deskstream "$chart" --namespace deskstream >"$rendered/default.yaml"
validate "$rendered/default.yaml"
for values in "$root"/deploy/helm/test-values/*.yaml; do
  name=$(basename "$values" .yaml)
  "$helm" template deskstream "$chart" --namespace deskstream -f "$values" >"$rendered/$name.yaml"
  validate "$rendered/$name.yaml"
done
echo "helm chart is valid (helm $HELM_VERSION, kubeconform $KUBECONFORM_VERSION, Kubernetes $KUBERNETES_VERSION schemas)"
