"""Team server URLs: whose login they carry, with which password, and the same as a libpq conninfo."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError


def is_postgresql(url: str) -> bool:
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except ArgumentError:
        return False


def url_login(url: str) -> str | None:
    return make_url(url).username


def with_login(url: str, login: str | None) -> str:
    """``url`` with ``login`` as its user when it names none (``--user`` says whom to sign in as); a URL
    that names a user keeps it, and the server's answer is compared with ``--user`` afterwards."""
    parsed = make_url(url)
    if parsed.username or not login:
        return url
    return parsed.set(username=login).render_as_string(hide_password=False)


def with_password(url: str, password: str | None) -> str:
    if not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def has_password(url: str) -> bool:
    return make_url(url).password is not None


def libpq_conninfo(url: str) -> str:
    """The URL as libpq reads it (``postgresql://…``, query options such as ``sslmode`` kept): what a plain
    psycopg connection of the change feed is opened with."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
