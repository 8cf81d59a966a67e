"""The pseudo-terminal line: one pty (master and slave) and its reader thread."""

from __future__ import annotations

import contextlib
import fcntl
import os
import termios
import threading
import time
import tty
from collections.abc import Callable


class Line:
    """One pty (master + slave held open) and its reader thread."""

    def __init__(self, run: Callable[[Line], None]) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)  # no echo, no CR/LF mangling by the line discipline
        os.set_blocking(self.master, False)
        self.slave_name = os.ttyname(self.slave)
        self.stopping = threading.Event()
        self.thread = threading.Thread(
            target=run, args=(self,), name=f"emulator {self.slave_name}", daemon=True
        )

    def write(self, data: bytes) -> None:
        """Write to the client; gives up after a second if nobody drains the pty."""
        deadline = time.monotonic() + 1.0
        view = memoryview(data)
        while view and not self.stopping.is_set():
            try:
                n = os.write(self.master, view)
            except BlockingIOError:
                if time.monotonic() > deadline:
                    return
                time.sleep(0.005)
                continue
            except OSError:
                return
            view = view[n:]

    def release_exclusive(self) -> None:
        """Undo a client's TIOCEXCL (Gammu sets it on open and never clears it).

        A pty's tty outlives its openers while the master is open, so the exclusive flag would
        stay set after Gammu closes or is killed, and every later open by a non-root user would
        fail with EBUSY (root ignores the flag). The emulated port therefore does not enforce
        exclusive access: the flag is cleared within one poll interval of being set.
        """
        with contextlib.suppress(OSError):
            fcntl.ioctl(self.slave, termios.TIOCNXCL)

    def close(self) -> None:
        self.stopping.set()
        if self.thread.is_alive() and threading.current_thread() is not self.thread:
            self.thread.join(timeout=5)
        for fd in (self.master, self.slave):
            with contextlib.suppress(OSError):
                os.close(fd)
