"""A tiny SMTP sink for the production stack and `make loadtest`, with no dependency: it
accepts every message (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and hands its bytes to a
callback. Not a mail server: it listens on 127.0.0.1 only and delivers nothing.

    python example_site/production/smtp_sink.py 127.0.0.1:1025 var/production/mail
"""

import asyncio
import mailbox
import sys
import threading


class SmtpSink:
    def __init__(self, on_message, host="127.0.0.1", port=1025):
        self.on_message = on_message
        self.host, self.port = host, port
        self._loop = None
        self._server = None
        self._thread = None

    async def _session(self, reader, writer):
        def send(line):
            writer.write(line.encode() + b"\r\n")

        send("220 seloste sink")
        try:
            while line := await reader.readline():
                verb = line.decode("latin-1").strip().split(" ", 1)[0].upper()
                if verb in ("EHLO", "HELO"):
                    send("250 seloste sink")
                elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                    send("250 OK")
                elif verb == "DATA":
                    send("354 End data with <CR><LF>.<CR><LF>")
                    lines = []
                    while (data := await reader.readline()) not in (b".\r\n", b".\n", b""):
                        lines.append(data[1:] if data.startswith(b"..") else data)
                    self.on_message(b"".join(lines))
                    send("250 OK")
                elif verb == "QUIT":
                    send("221 Bye")
                    await writer.drain()
                    break
                else:
                    send("502 Command not implemented")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    def up(self):
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()

        async def start():
            self._server = await asyncio.start_server(
                self._session, self.host, self.port, reuse_address=True
            )
            ready.set()

        self._thread = threading.Thread(
            target=lambda: (self._loop.run_until_complete(start()), self._loop.run_forever()),
            daemon=True,
        )
        self._thread.start()
        if not ready.wait(10):
            raise OSError(f"the SMTP sink could not listen on {self.host}:{self.port}")

    def down(self):
        if self._loop is None:
            return

        async def stop():
            self._server.close()
            await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop = None


if __name__ == "__main__":
    address, folder = sys.argv[1], sys.argv[2]
    host, port = address.rsplit(":", 1)
    box = mailbox.Maildir(folder, create=True)
    sink = SmtpSink(box.add, host, int(port))
    sink.up()
    threading.Event().wait()
