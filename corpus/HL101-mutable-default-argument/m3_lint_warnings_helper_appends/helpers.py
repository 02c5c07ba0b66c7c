"""Small list helpers shared by the checker's reporters."""


def format_warning(path, number, message):
    return f"{path}:{number}: {message}"


def add_unique(bucket, item):
    if item not in bucket:
        bucket.append(item)
    return bucket
