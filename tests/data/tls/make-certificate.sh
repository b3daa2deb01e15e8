#!/bin/sh
# Regenerates the self-signed certificate the fake Alien4Cloud server presents in the TLS tests.
# It is committed (not made at test time) so the tests need no openssl CLI; it is valid for
# 100 years and covers the loopback names the tests connect to. Its key protects nothing.
set -eu
cd "$(dirname "$0")"
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 36500 \
    -subj "/CN=Topologist fake Alien4Cloud" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -keyout fake-a4c-key.pem -out fake-a4c-cert.pem
