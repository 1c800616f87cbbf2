"""File → Export summary…: the leadership PDF built in the background (``job``) from the
options a dialog asks for (``dialog``)."""
