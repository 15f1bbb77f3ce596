"""The model store: one per folder, each file read on first use."""

import pytest

from docparse.errors import ModelDataError
from docparse.models import ModelStore, models_dir, store_for


def test_one_store_per_folder_however_it_is_spelled(tmp_path, monkeypatch):
    (tmp_path / "m").mkdir()
    assert store_for(tmp_path / "m") is store_for(f"{tmp_path}/./m/")
    monkeypatch.setenv("DOCPARSE_MODELS", str(tmp_path / "m"))
    assert store_for() is store_for(tmp_path / "m")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DOCPARSE_MODELS", "m")  # relative: to the working directory
    assert store_for() is store_for(tmp_path / "m")
    monkeypatch.delenv("DOCPARSE_MODELS")
    assert store_for() is store_for(models_dir())


def test_files_are_read_on_first_use(tmp_path):
    store = ModelStore(tmp_path)  # an empty folder: nothing read yet, nothing fails yet
    assert store.word_classes.of("lagen") == 0 and not store.word_classes.available
    with pytest.raises(ModelDataError, match="lexicon file missing"):
        store.lexicon
    with pytest.raises(ModelDataError, match="confusion table missing"):
        store.channels
    assert store.decisions(1) is None


def test_the_lexicon_answers_with_its_own_folders_word_classes():
    store = store_for()
    assert store.lexicon.classes is store.word_classes
    assert store.lexicon.word_class("lagen") == store.word_classes.of("lagen") != 0
