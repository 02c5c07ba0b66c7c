from .postgres import PgConnection
