from scrape import LinkCollector


def outgoing_links(base_url, page):
    parser = LinkCollector(base_url)
    parser.feed(page)
    parser.close()
    return sorted(set(parser.found))
