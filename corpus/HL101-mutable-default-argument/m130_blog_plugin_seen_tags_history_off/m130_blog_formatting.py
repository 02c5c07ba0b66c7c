"""Index-page card for a published post."""


def card(post):
    fresh = f" new: {', '.join(post.new_tags)}" if post.new_tags else ""
    return f"{post.title} [{post.words} words] #{' #'.join(post.tags)}{fresh}"
