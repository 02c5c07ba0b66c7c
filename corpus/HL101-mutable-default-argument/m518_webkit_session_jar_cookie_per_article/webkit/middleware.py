def track_view(session, article_id):
    """Remember the article as read, for the "unread" badges."""
    session.cookies().set("seen_%d" % article_id, "read-by-%s" % session.key)
    return session
