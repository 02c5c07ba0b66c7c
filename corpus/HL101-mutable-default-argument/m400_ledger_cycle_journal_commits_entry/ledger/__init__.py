"""ledger: accounts and the journal of postings against them."""
