"""Application entry point: validate, run plugins, store, render."""
import m130_blog_formatting as fmt
import m130_blog_pipeline as pipeline
import m130_blog_storage as storage
from m130_blog_models import Post
from m130_blog_validators import check_post


def publish(title, body, tags):
    post = check_post(Post(title, body, tags))
    post = pipeline.run(post)
    storage.save(post)
    return fmt.card(post)
