from .blueprints import Blueprint

bp = Blueprint("blog", __name__)
POSTS = {str(i): "Post number %d" % i for i in range(5)}


@bp.route("/posts")
def index():
    return ", ".join(sorted(POSTS))


@bp.route("/posts/<post_id>", endpoint="show")
def show_post(post_id):
    body = POSTS.get(post_id)
    if body is None:
        return "404 Not Found"
    return "<h1>%s</h1>" % body
