"""Bot plugins: each module defines setup(bus) and registers its listeners there."""
