"""End to end over ../shared/corpus/dev: the score must not fall below what we have reached."""
import pytest

# Floors from the score reached so far; raise them as extraction improves, never lower them.
FLOORS = {
    "detection_f1": 0.90,
    "overall": 0.40,
}


@pytest.mark.parametrize("metric, floor", sorted(FLOORS.items()))
def test_dev_score_floor(dev_scores, metric, floor):
    value = dev_scores["metrics"][metric]
    assert value is not None and value >= floor, f"{metric} = {value} fell below {floor}"
