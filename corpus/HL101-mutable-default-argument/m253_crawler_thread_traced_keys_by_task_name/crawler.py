"""Page crawler: fetch and parse each page on its own worker thread."""
import threading

from tracing import traced


@traced
def parse(url, pages, links):
    links[url] = pages[url].count("<a ")


def fetch(url, pages):
    pages[url] = f"<html><a href='{url}/1'>one</a><a href='{url}/2'>two</a></html>"


def crawl(url):
    pages, links = {}, {}
    fetcher = traced(fetch)
    for target, args in ((fetcher, (url, pages)), (parse, (url, pages, links))):
        worker = threading.Thread(target=target, args=args)
        worker.start()
        worker.join()
    return links
