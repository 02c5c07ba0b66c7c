"""notify: api handlers -> dispatch service -> channels -> transport."""
