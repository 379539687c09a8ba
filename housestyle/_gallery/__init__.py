"""Templates, styles and scripts of the static gallery (see :mod:`housestyle.gallery`)."""
