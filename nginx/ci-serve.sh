#!/usr/bin/env bash
# Serves dist/dsomm-studio/browser through nginx/default.conf with Debian's nginx (no Docker engine in
# CI): the same server config the image uses, on port 8080, as the current user.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${TMPDIR:-/tmp}/dsomm-nginx"
mkdir -p "$work"
sed "s#root /srv;#root $root/dist/dsomm-studio/browser;#" "$root/nginx/default.conf" > "$work/default.conf"
# Relative includes are read from the folder of nginx.conf, as /etc/nginx/ in the image.
cp "$root/nginx/security-headers.conf" "$work/security-headers.conf"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  sendfile on;
  include $work/default.conf;
}
CONF
if [ -f "$work/nginx.pid" ]; then nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; sleep 0.5; fi
nginx -c "$work/nginx.conf"
echo "nginx serving on http://127.0.0.1:8080"
