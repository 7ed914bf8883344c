"""The TCP proxy of the outage tests: the same one ``make loadtest`` starts
(``example_site/production/tcp_proxy.py``)."""

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "example_site" / "production" / "tcp_proxy.py"
_spec = importlib.util.spec_from_file_location("seloste_tcp_proxy", _PATH)
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)

TcpProxy = _module.TcpProxy
reachable = _module.reachable
