from dbkit import PgConnection


def connect_for(user, **options):
    conn = PgConnection(f"postgresql://db.internal/app?user={user}", **options)
    conn.init_commands = conn.init_commands + [f"SET application_name = 'api:{user}'"]
    return conn.open()
