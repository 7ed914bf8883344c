"""A TCP proxy of our own, to take a shared server (Redis, PostgreSQL) away from the code under
test without touching the server: ``down()`` refuses connections and cuts the open ones,
``silent()`` accepts and never answers, ``up()`` forwards again on the same port.

    proxy = TcpProxy("127.0.0.1", 6379).start()
    ... settings point at 127.0.0.1:proxy.port ...
    proxy.down()
    proxy.close()
"""

import asyncio
import socket
import threading


def reachable(host, port, timeout=1.0):
    try:
        socket.create_connection((host, port), timeout).close()
    except OSError:
        return False
    return True


class TcpProxy:
    def __init__(self, target_host, target_port, *, port=0):
        self.target = (target_host, target_port)
        self.port = port
        self.mode = "up"
        self._server = None
        self._writers = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def _run(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(10)

    def start(self):
        self._thread.start()
        self._run(self._listen())
        return self

    async def _listen(self):
        self._server = await asyncio.start_server(
            self._handle, "127.0.0.1", self.port, reuse_address=True
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def _handle(self, reader, writer):
        self._writers.add(writer)
        upstream = None
        try:
            if self.mode == "silent":
                await self._swallow(reader)
                return
            up_reader, upstream = await asyncio.open_connection(*self.target)
            self._writers.add(upstream)
            await asyncio.gather(self._pipe(reader, upstream), self._pipe(up_reader, writer))
        except OSError:
            pass
        finally:
            for w in (writer, upstream):
                if w is not None:
                    self._writers.discard(w)
                    w.close()

    async def _swallow(self, reader):
        while await reader.read(65536):
            pass

    async def _pipe(self, reader, writer):
        try:
            while data := await reader.read(65536):
                if self.mode == "silent":
                    continue  # a server that stopped answering: the data goes nowhere
                writer.write(data)
                await writer.drain()
        except OSError:
            pass
        finally:
            writer.close()

    async def _cut(self):
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    def down(self):
        """Refuse new connections and cut the open ones (a server that is gone)."""
        self.mode = "down"
        self._run(self._cut())

    def silent(self):
        """Accept connections and never answer (a server that hangs)."""
        self.mode = "silent"
        if self._server is None:
            self._run(self._listen())

    def up(self):
        """Forward again, on the same port."""
        self.mode = "up"
        if self._server is None:
            self._run(self._listen())

    def close(self):
        self._run(self._cut())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
