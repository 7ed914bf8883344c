"""A TCP proxy of our own, to take a shared server (Redis, PostgreSQL) away from the code under
test without touching the server: ``down()`` refuses connections and cuts the open ones,
``silent()`` accepts and never answers, ``up()`` forwards again on the same port.

    proxy = TcpProxy("127.0.0.1", 6379).start()
    ... settings point at 127.0.0.1:proxy.port ...
    proxy.down()
    proxy.close()

Blocking sockets, two threads a connection: the load test sends every query through it, and an
asyncio loop cost about 120 µs of CPU and 240 µs of latency a query (two cores shared with the
stack under test); a thread blocked in ``recv`` costs nothing until data comes and forwards it
with one ``sendall``.
"""

import socket
import struct
import threading


def reachable(host, port, timeout=1.0):
    try:
        socket.create_connection((host, port), timeout).close()
    except OSError:
        return False
    return True


def _close(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


class TcpProxy:
    def __init__(self, target_host, target_port, *, port=0):
        self.target = (target_host, target_port)
        self.port = port
        self.mode = "up"
        self._listener = None
        self._sockets = set()
        self._lock = threading.Lock()

    def start(self):
        self._listen()
        return self

    def _listen(self):
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(128)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # closed by down() or close()
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _track(self, sock):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            self._sockets.add(sock)

    def _forget(self, *socks):
        with self._lock:
            for sock in socks:
                self._sockets.discard(sock)
        for sock in socks:
            _close(sock)

    def _handle(self, client):
        self._track(client)
        if self.mode == "silent":
            self._pipe(client, None)
            return
        try:
            upstream = socket.create_connection(self.target, timeout=10)
        except OSError:
            self._forget(client)
            return
        upstream.settimeout(None)
        self._track(upstream)
        threading.Thread(target=self._pipe, args=(upstream, client), daemon=True).start()
        self._pipe(client, upstream)

    def _pipe(self, source, destination):
        buffer = bytearray(65536)
        view = memoryview(buffer)
        try:
            while count := source.recv_into(buffer):
                if self.mode == "silent" or destination is None:
                    continue  # a server that stopped answering: the data goes nowhere
                destination.sendall(view[:count])
        except OSError:
            pass
        finally:
            self._forget(source, *([destination] if destination is not None else []))

    def _cut(self):
        if self._listener is not None:
            _close(self._listener)
            self._listener = None
        with self._lock:
            sockets = list(self._sockets)
            self._sockets.clear()
        for sock in sockets:
            # An abortive close (RST), as a server that is gone: clients see the error at once.
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            except OSError:
                pass
            _close(sock)

    def down(self):
        """Refuse new connections and cut the open ones (a server that is gone)."""
        self.mode = "down"
        self._cut()

    def silent(self):
        """Accept connections and never answer (a server that hangs)."""
        self.mode = "silent"
        if self._listener is None:
            self._listen()

    def up(self):
        """Forward again, on the same port."""
        self.mode = "up"
        if self._listener is None:
            self._listen()

    def close(self):
        self._cut()
