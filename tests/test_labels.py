"""spread_labels(): direct labels pushed apart the least they need."""

import numpy as np
import pytest

from housestyle import spread_labels


def test_labels_far_apart_do_not_move():
    assert spread_labels([1.0, 5.0, 9.0], gap=2.0) == [1.0, 5.0, 9.0]


@pytest.mark.parametrize("seed", range(20))
def test_order_gap_and_centre_are_kept(seed):
    values = np.random.default_rng(seed).normal(0, 3, 7)
    placed = np.array(spread_labels(values, gap=1.5))
    order = np.argsort(values, kind="stable")
    assert np.all(np.diff(placed[order]) >= 1.5 - 1e-6)  # neighbours at least a gap apart
    assert list(np.argsort(placed, kind="stable")) == list(order)  # the same order
    assert placed.mean() == pytest.approx(values.mean())  # the cluster stays centred


def test_accepts_a_series_and_returns_positions_in_its_order():
    import pandas as pd

    values = pd.Series([3.0, 1.0, 1.2], index=["c", "a", "b"])
    assert spread_labels(values, gap=1.0) == pytest.approx([3.0, 0.6, 1.6])
