"""Which redirects :class:`~eurefs.cellar.http.HttpClient` follows (and why not the others).

The policy, in order:

1. The target must be a well-formed ``http://`` or ``https://`` URL: a
   ``file:``, ``gopher:`` or malformed ``Location`` is refused.
2. It must be on the same host as the request (names compared without case).
   Cellar's own redirects stay on its host; a redirect elsewhere would send the
   user's queries, and the trust placed in the answers, to a party nobody chose.
   The scheme may change (Cellar answers an https request with a 303 to
   ``http://`` on the same host), and so may the port.
3. A POST (the SPARQL query) is re-sent only on a 307/308 to the same scheme,
   host and port.  A 301/302/303 would turn it into a GET without the query,
   whose answer means nothing.

Every refusal is a :class:`~eurefs.errors.ResponseError` that names the target,
so a user who moved their endpoint can point eurefs at the new URL.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from eurefs.errors import ResponseError

__all__ = ["MAX_REDIRECTS", "REDIRECT_STATUSES", "redirect_target"]

MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def redirect_target(url: str, location: str, method: str, status: int) -> tuple[str, str]:
    """The URL and method to follow a ``status`` redirect of ``method url`` to ``location``.

    Raises:
        ResponseError: the redirect is refused by the policy above.
    """
    shown = location if len(location) <= 200 else location[:197] + "..."
    try:
        target = urljoin(url, location.strip())
        scheme, host, _port = _origin(target)
    except ValueError as exc:
        raise ResponseError(f"redirect to a malformed URL {shown!r} refused ({exc})") from None
    if scheme not in ("http", "https"):
        raise ResponseError(
            f"redirect to {shown!r} refused: only http and https redirects are followed"
        )
    if not host or any(c.isspace() or ord(c) < 32 for c in target):
        raise ResponseError(f"redirect to a malformed URL {shown!r} refused")
    here = _origin(url)
    if host != here[1]:
        raise ResponseError(
            f"redirect from {here[1]} to another host ({host}) refused; "
            f"if the service moved, configure its new URL: {target}"
        )
    if method.upper() != "GET":
        if status not in (307, 308) or _origin(target) != here:
            raise ResponseError(
                f"the {method} was redirected (HTTP {status}) to {target}; it is not re-sent "
                "there: configure that URL as the endpoint"
            )
        return target, method
    return target, "GET"
