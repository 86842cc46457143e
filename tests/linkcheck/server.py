#!/usr/bin/env python3
#
# A small web server on 127.0.0.1 that answers the linkcheck test in
# every way a real site can, so that the test never needs the network.
#
#	python3 server.py LOG SECONDS
#
# It listens on a port that the system picks and prints one line, its
# port and a closed port: one that is bound, so that nothing else can
# take it, but never listened on, so that a connection to it is
# refused.  Each request is written to LOG as "METHOD PATH" when it
# arrives, so that the test can count what was fetched.  The server
# exits by itself after SECONDS, whatever is still going on, so that a
# test that dies never leaves it behind.

import http.server
import os
import socket
import sys
import threading
import time

# Path: (status for HEAD, status for GET, where a redirect goes).
ROUTES = {
    "/ok": (200, 200, None),
    "/moved": (301, 301, "/ok"),
    "/found": (302, 302, "/ok"),
    "/permanent": (308, 308, "/found"),
    "/gone": (301, 301, "/missing"),
    "/loop": (302, 302, "/loop"),
    "/missing": (404, 404, None),
    "/error": (500, 500, None),
    "/nohead": (405, 200, None),
    # A link may hold a quote, which the shell must not take for one.
    "/it's": (200, 200, None),
}

# The path that is accepted and never answered.
SLOW = "/slow"


class Handler(http.server.BaseHTTPRequestHandler):
    # One request per connection keeps the log in step with what the
    # client asked.
    protocol_version = "HTTP/1.0"

    def log_message(self, format, *args):
        pass

    def answer(self, method):
        with LOCK:
            LOG.write("%s %s\n" % (method, self.path))
            LOG.flush()
        if self.path == SLOW:
            time.sleep(LIFETIME)
            return
        head, get, target = ROUTES.get(self.path, (404, 404, None))
        status = head if method == "HEAD" else get
        body = ("%d\n" % status).encode("ascii")
        self.send_response(status)
        if target is not None:
            port = self.server.server_address[1]
            self.send_header("Location",
                             "http://127.0.0.1:%d%s" % (port, target))
        if status == 405:
            self.send_header("Allow", "GET")
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if method == "GET":
            self.wfile.write(body)

    def do_HEAD(self):
        self.answer("HEAD")

    def do_GET(self):
        self.answer("GET")


if len(sys.argv) != 3:
    sys.stderr.write("usage: server.py LOG SECONDS\n")
    sys.exit(2)
LOG = open(sys.argv[1], "a")
LOCK = threading.Lock()
LIFETIME = float(sys.argv[2])

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
closed = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
closed.bind(("127.0.0.1", 0))

# os._exit ends the process with its sleeping handlers at once.
timer = threading.Timer(LIFETIME, os._exit, (0,))
timer.daemon = True
timer.start()

sys.stdout.write("%d %d\n" % (server.server_address[1],
                              closed.getsockname()[1]))
sys.stdout.close()
server.serve_forever()
