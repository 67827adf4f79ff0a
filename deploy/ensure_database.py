"""Create the PostgreSQL database named in DATABASE_URL when it does not exist yet.

Usage: python deploy/ensure_database.py   (reads DATABASE_URL; connects to the server's
"postgres" database to create it). Exit 0 when the database exists afterwards.
"""

import os
import sys

import dj_database_url
import psycopg
from psycopg import sql


def main():
    url = os.environ.get("DATABASE_URL", "")
    config = dj_database_url.parse(url) if url else {}
    if config.get("ENGINE") != "django.db.backends.postgresql":
        sys.exit("DATABASE_URL must point to PostgreSQL (postgres://user@host:5432/name).")
    name = config["NAME"]
    try:
        with psycopg.connect(
            host=config.get("HOST") or None,
            port=config.get("PORT") or None,
            user=config.get("USER") or None,
            password=config.get("PASSWORD") or None,
            dbname="postgres",
            autocommit=True,
            connect_timeout=10,
        ) as connection:
            found = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if found:
                return
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"Created database {name}.")
    except psycopg.Error as error:
        sys.exit(f"PostgreSQL at {config.get('HOST')}:{config.get('PORT')}: {error}")


if __name__ == "__main__":
    main()
