def track_view(session, article_id):
    """Remember the last article read, for the "continue reading" link."""
    session.cookies().set("last_seen", "%d-read-by-%s" % (article_id, session.key))
    return session
