"""Rebuild the texts of ``bench/heldout67``–``123`` from the gov.br news files they annotate.

The files are daily JSON extractions of Brazilian government news (2024) in the
public GitHub repository ``nitaibezerra/govbrnews-scraper`` (commits
39f558dcca381931ad2688e6066198bb292766b9 and d7b3558a2656f22250c4c368e2aac890ab4d5199;
the ibama files of heldout96 and some autumn files of heldout116–123 from later
commits, c51bc8e, d688599, 9fc036e and d0c5dc5),
whose text is not copied here.  Each gold file annotates the first ``MAX_ITEMS`` news
items of the files listed for it in ``ROUNDS``, in that order (many daily files hold
fewer); an item becomes one JSONL line ``{"id": <its url>, "text": <title, blank line,
content>}`` for ``eval_quotes.py --texts``.

The annotators copied the files through a text tool, which may drop invisible
characters: three copies came out shorter than the repository's (one item of
``mma_2024-04-17.json``, heldout73, by up to 57 characters; one character in
``mds_2024-04-10.json``, heldout75, and ``mds_2024-02-27.json``, heldout77, after the
items' last quotes).  Offsets in the first of these items may not match a fresh copy.
Of heldout100's copies, ``secom_2024-03-05.json`` is two characters shorter somewhere
in its first 16,000 characters (its first items' offsets may be off by up to two), and
two others hold only the first six items the gold annotates.  Of the copies for
heldout106–117, ``anac_2024-04-25.json`` (heldout109) came out one character short
and its annotator put back an assumed no-break space, in an item with no quotes, and
``secom_2024-09-11.json`` (heldout117) is two characters shorter inside one item,
after that item's only quote.  heldout114 annotates ``sudene_2024-04-25.json`` again,
independently of heldout110.  For heldout118 the annotator copied only the first six
items of ``inep_2024-08-14.json`` (116,909 characters; its first 16,000 match the
repository), and those six items are near copies of one another; for heldout120
``mcti_2024-10-08.json`` opens its title with an invisible character (U+FEFF) the
annotator put back, so that item's offsets count it.  Of heldout122's copies,
``mdic_2024-08-21.json`` is two characters shorter in one item's last paragraph, after
that item's only quote.

    python bench/govbr_texts.py path/to/govbrnews-scraper govbr_texts.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from common import write_texts

#: How many news items of each daily file were annotated.
MAX_ITEMS = 6

#: The files each gold file annotates, in order (paths in the repository).
ROUNDS = {
    "heldout67": [
        "raw_extractions/saude/saude_2024-02-06.json",
        "raw_extractions/mec/mec_2024-03-12.json",
        "raw_extractions/planalto/planalto_2024-02-21.json",
        "raw_extractions/pf/pf_2024-03-14.json",
    ],
    "heldout68": [
        "raw_extractions/saude/saude_2024-03-19.json",
        "raw_extractions/mec/mec_2024-04-16.json",
        "raw_extractions/planalto/planalto_2024-03-13.json",
        "raw_extractions/pf/pf_2024-04-10.json",
    ],
    "heldout69": [
        "raw_extractions/saude/saude_2024-04-09.json",
        "raw_extractions/mec/mec_2024-02-27.json",
        "raw_extractions/planalto/planalto_2024-04-17.json",
        "raw_extractions/pf/pf_2024-05-22.json",
    ],
    "heldout70": [
        "raw_extractions/saude/saude_2024-01-23.json",
        "raw_extractions/mec/mec_2024-05-08.json",
        "raw_extractions/planalto/planalto_2024-01-24.json",
        "raw_extractions/pf/pf_2024-06-13.json",
    ],
    "heldout71": [
        "raw_extractions/mj/mj_2024-02-06.json",
        "raw_extractions/fazenda/fazenda_2024-02-06.json",
        "raw_extractions/mma/mma_2024-02-21.json",
        "raw_extractions/agricultura/agricultura_2024-01-10.json",
    ],
    "heldout72": [
        "raw_extractions/mj/mj_2024-03-12.json",
        "raw_extractions/fazenda/fazenda_2024-03-14.json",
        "raw_extractions/mma/mma_2024-03-13.json",
        "raw_extractions/agricultura/agricultura_2024-01-17.json",
    ],
    "heldout73": [
        "raw_extractions/mj/mj_2024-04-10.json",
        "raw_extractions/fazenda/fazenda_2024-04-17.json",
        "raw_extractions/mma/mma_2024-04-17.json",
        "raw_extractions/agricultura/agricultura_2024-01-24.json",
    ],
    "heldout74": [
        "raw_extractions/mj/mj_2024-05-08.json",
        "raw_extractions/fazenda/fazenda_2024-05-15.json",
        "raw_extractions/mma/mma_2024-05-14.json",
        "raw_extractions/agricultura/agricultura_2024-01-11.json",
    ],
    "heldout75": [
        "raw_extractions/mds/mds_2024-02-06.json",
        "raw_extractions/cultura/cultura_2024-02-06.json",
        "raw_extractions/mj/mj_2024-02-21.json",
        "raw_extractions/fazenda/fazenda_2024-02-21.json",
        "raw_extractions/mds/mds_2024-04-10.json",
        "raw_extractions/cultura/cultura_2024-04-10.json",
    ],
    "heldout76": [
        "raw_extractions/mds/mds_2024-03-12.json",
        "raw_extractions/cultura/cultura_2024-03-12.json",
        "raw_extractions/mj/mj_2024-03-19.json",
        "raw_extractions/fazenda/fazenda_2024-03-20.json",
        "raw_extractions/mds/mds_2024-05-07.json",
        "raw_extractions/cultura/cultura_2024-05-07.json",
    ],
    "heldout77": [
        "raw_extractions/mds/mds_2024-01-17.json",
        "raw_extractions/cultura/cultura_2024-01-17.json",
        "raw_extractions/mj/mj_2024-04-24.json",
        "raw_extractions/fazenda/fazenda_2024-04-24.json",
        "raw_extractions/mds/mds_2024-02-27.json",
        "raw_extractions/cultura/cultura_2024-02-27.json",
    ],
    "heldout78": [
        "raw_extractions/mcti/mcti_2024-02-06.json",
        "raw_extractions/turismo/turismo_2024-02-06.json",
        "raw_extractions/aeb/aeb_2024-02-20.json",
        "raw_extractions/mcti/mcti_2024-04-10.json",
        "raw_extractions/turismo/turismo_2024-04-10.json",
        "raw_extractions/agricultura/agricultura_2024-01-04.json",
    ],
    "heldout79": [
        "raw_extractions/mcti/mcti_2024-03-12.json",
        "raw_extractions/turismo/turismo_2024-03-12.json",
        "raw_extractions/aeb/aeb_2024-03-13.json",
        "raw_extractions/mcti/mcti_2024-05-08.json",
        "raw_extractions/turismo/turismo_2024-05-08.json",
        "raw_extractions/agricultura/agricultura_2024-01-19.json",
    ],
    "heldout80": [
        "raw_extractions/mcti/mcti_2024-01-17.json",
        "raw_extractions/turismo/turismo_2024-01-17.json",
        "raw_extractions/aeb/aeb_2024-04-16.json",
        "raw_extractions/mcti/mcti_2024-02-27.json",
        "raw_extractions/turismo/turismo_2024-02-27.json",
        "raw_extractions/agricultura/agricultura_2024-01-23.json",
    ],
    "heldout81": [
        "raw_extractions/mme/mme_2024-02-06.json",
        "raw_extractions/esporte/esporte_2024-02-06.json",
        "raw_extractions/mcti/mcti_2024-03-05.json",
        "raw_extractions/mme/mme_2024-04-10.json",
        "raw_extractions/esporte/esporte_2024-04-10.json",
        "raw_extractions/turismo/turismo_2024-03-05.json",
    ],
    "heldout82": [
        "raw_extractions/mme/mme_2024-03-12.json",
        "raw_extractions/esporte/esporte_2024-03-12.json",
        "raw_extractions/mcti/mcti_2024-04-16.json",
        "raw_extractions/mme/mme_2024-05-08.json",
        "raw_extractions/esporte/esporte_2024-05-08.json",
        "raw_extractions/turismo/turismo_2024-04-16.json",
    ],
    "heldout83": [
        "raw_extractions/mme/mme_2024-01-17.json",
        "raw_extractions/esporte/esporte_2024-01-24.json",
        "raw_extractions/mcti/mcti_2024-05-15.json",
        "raw_extractions/mme/mme_2024-02-27.json",
        "raw_extractions/esporte/esporte_2024-02-27.json",
        "raw_extractions/turismo/turismo_2024-05-15.json",
    ],
    "heldout84": [
        "raw_extractions/mdic/mdic_2024-02-07.json",
        "raw_extractions/mcom/mcom_2024-02-06.json",
        "raw_extractions/mdic/mdic_2024-04-10.json",
        "raw_extractions/mcom/mcom_2024-04-10.json",
        "raw_extractions/mme/mme_2024-03-05.json",
        "raw_extractions/esporte/esporte_2024-03-05.json",
    ],
    "heldout85": [
        "raw_extractions/mdic/mdic_2024-03-12.json",
        "raw_extractions/mcom/mcom_2024-03-12.json",
        "raw_extractions/mdic/mdic_2024-05-08.json",
        "raw_extractions/mcom/mcom_2024-05-08.json",
        "raw_extractions/mme/mme_2024-04-16.json",
        "raw_extractions/esporte/esporte_2024-04-16.json",
    ],
    "heldout86": [
        "raw_extractions/mdic/mdic_2024-01-24.json",
        "raw_extractions/mcom/mcom_2024-01-24.json",
        "raw_extractions/mdic/mdic_2024-02-27.json",
        "raw_extractions/mcom/mcom_2024-02-27.json",
        "raw_extractions/mme/mme_2024-05-15.json",
        "raw_extractions/esporte/esporte_2024-05-15.json",
    ],
    "heldout87": [
        "raw_extractions/mulheres/mulheres_2024-01-24.json",
        "raw_extractions/transportes/transportes_2024-01-24.json",
        "raw_extractions/cidades/cidades_2024-01-24.json",
        "raw_extractions/defesa/defesa_2024-01-24.json",
    ],
    "heldout88": [
        "raw_extractions/mulheres/mulheres_2024-02-06.json",
        "raw_extractions/transportes/transportes_2024-02-06.json",
        "raw_extractions/cidades/cidades_2024-02-06.json",
        "raw_extractions/defesa/defesa_2024-02-06.json",
    ],
    "heldout89": [
        "raw_extractions/mulheres/mulheres_2024-04-17.json",
        "raw_extractions/transportes/transportes_2024-04-17.json",
        "raw_extractions/cidades/cidades_2024-04-17.json",
        "raw_extractions/defesa/defesa_2024-04-17.json",
    ],
    "heldout90": [
        "raw_extractions/mulheres/mulheres_2024-05-08.json",
        "raw_extractions/transportes/transportes_2024-05-08.json",
        "raw_extractions/cidades/cidades_2024-05-08.json",
        "raw_extractions/defesa/defesa_2024-05-08.json",
    ],
    "heldout91": [
        "raw_extractions/mulheres/mulheres_2024-03-05.json",
        "raw_extractions/transportes/transportes_2024-03-05.json",
        "raw_extractions/cidades/cidades_2024-03-05.json",
        "raw_extractions/defesa/defesa_2024-03-05.json",
        "raw_extractions/mulheres/mulheres_2024-04-25.json",
        "raw_extractions/transportes/transportes_2024-04-25.json",
        "raw_extractions/cidades/cidades_2024-04-25.json",
        "raw_extractions/defesa/defesa_2024-04-25.json",
    ],
    "heldout92": [
        "raw_extractions/mulheres/mulheres_2024-05-22.json",
        "raw_extractions/transportes/transportes_2024-05-22.json",
        "raw_extractions/cidades/cidades_2024-05-22.json",
        "raw_extractions/defesa/defesa_2024-05-22.json",
        "raw_extractions/mulheres/mulheres_2024-06-05.json",
        "raw_extractions/transportes/transportes_2024-06-05.json",
        "raw_extractions/cidades/cidades_2024-06-05.json",
        "raw_extractions/defesa/defesa_2024-06-05.json",
    ],
    "heldout93": [
        "raw_extractions/mulheres/mulheres_2024-03-14.json",
        "raw_extractions/transportes/transportes_2024-03-14.json",
        "raw_extractions/cidades/cidades_2024-03-14.json",
        "raw_extractions/defesa/defesa_2024-03-14.json",
        "raw_extractions/mulheres/mulheres_2024-04-04.json",
        "raw_extractions/transportes/transportes_2024-04-04.json",
        "raw_extractions/cidades/cidades_2024-04-04.json",
        "raw_extractions/defesa/defesa_2024-04-04.json",
    ],
    "heldout94": [
        "raw_extractions/igualdaderacial/igualdaderacial_2024-01-24.json",
        "raw_extractions/anvisa/anvisa_2024-01-24.json",
        "raw_extractions/igualdaderacial/igualdaderacial_2024-02-06.json",
        "raw_extractions/anvisa/anvisa_2024-02-06.json",
        "raw_extractions/igualdaderacial/igualdaderacial_2024-03-05.json",
        "raw_extractions/anvisa/anvisa_2024-03-05.json",
        "raw_extractions/igualdaderacial/igualdaderacial_2024-04-17.json",
        "raw_extractions/anvisa/anvisa_2024-04-17.json",
    ],
    "heldout95": [
        "raw_extractions/igualdaderacial/igualdaderacial_2024-05-08.json",
        "raw_extractions/anvisa/anvisa_2024-05-08.json",
        "raw_extractions/igualdaderacial/igualdaderacial_2024-05-22.json",
        "raw_extractions/anvisa/anvisa_2024-05-22.json",
        "raw_extractions/igualdaderacial/igualdaderacial_2024-06-04.json",
        "raw_extractions/anvisa/anvisa_2024-06-04.json",
        "raw_extractions/igualdaderacial/igualdaderacial_2024-03-12.json",
        "raw_extractions/anvisa/anvisa_2024-03-12.json",
    ],
    "heldout96": [
        "raw_extractions/ibama/ibama_2024-09-26.json",
        "raw_extractions/ibama/ibama_2024-09-27.json",
        "raw_extractions/ibama/ibama_2024-10-01.json",
        "raw_extractions/ibama/ibama_2024-10-08.json",
        "raw_extractions/igualdaderacial/igualdaderacial_2024-02-21.json",
        "raw_extractions/anvisa/anvisa_2024-02-21.json",
        "raw_extractions/igualdaderacial/igualdaderacial_2024-04-25.json",
        "raw_extractions/anvisa/anvisa_2024-04-25.json",
    ],
    "heldout97": [
        "raw_extractions/gestao/gestao_2024-03-05.json",
        "raw_extractions/casacivil/casacivil_2024-03-05.json",
        "raw_extractions/gestao/gestao_2024-04-17.json",
        "raw_extractions/casacivil/casacivil_2024-04-17.json",
        "raw_extractions/gestao/gestao_2024-05-08.json",
        "raw_extractions/casacivil/casacivil_2024-05-08.json",
        "raw_extractions/gestao/gestao_2024-02-06.json",
    ],
    "heldout98": [
        "raw_extractions/gestao/gestao_2024-01-24.json",
        "raw_extractions/gestao/gestao_2024-03-14.json",
        "raw_extractions/casacivil/casacivil_2024-03-14.json",
        "raw_extractions/gestao/gestao_2024-04-25.json",
        "raw_extractions/casacivil/casacivil_2024-04-25.json",
        "raw_extractions/gestao/gestao_2024-05-22.json",
    ],
    "heldout99": [
        "raw_extractions/gestao/gestao_2024-02-21.json",
        "raw_extractions/gestao/gestao_2024-03-12.json",
        "raw_extractions/casacivil/casacivil_2024-03-12.json",
        "raw_extractions/gestao/gestao_2024-04-04.json",
        "raw_extractions/gestao/gestao_2024-06-05.json",
        "raw_extractions/casacivil/casacivil_2024-06-05.json",
    ],
    "heldout100": [
        "raw_extractions/secom/secom_2024-03-05.json",
        "raw_extractions/mdr/mdr_2024-03-05.json",
        "raw_extractions/inss/inss_2024-03-05.json",
        "raw_extractions/secom/secom_2024-04-17.json",
        "raw_extractions/mdr/mdr_2024-04-17.json",
        "raw_extractions/inss/inss_2024-04-17.json",
        "raw_extractions/secom/secom_2024-05-08.json",
        "raw_extractions/mdr/mdr_2024-05-08.json",
        "raw_extractions/inss/inss_2024-05-08.json",
    ],
    "heldout101": [
        "raw_extractions/secom/secom_2024-02-06.json",
        "raw_extractions/mdr/mdr_2024-02-06.json",
        "raw_extractions/inss/inss_2024-02-06.json",
        "raw_extractions/secom/secom_2024-03-14.json",
        "raw_extractions/mdr/mdr_2024-03-14.json",
        "raw_extractions/inss/inss_2024-03-14.json",
        "raw_extractions/secom/secom_2024-05-22.json",
        "raw_extractions/mdr/mdr_2024-05-22.json",
        "raw_extractions/inss/inss_2024-05-22.json",
    ],
    "heldout102": [
        "raw_extractions/secom/secom_2024-01-24.json",
        "raw_extractions/mdr/mdr_2024-01-24.json",
        "raw_extractions/inss/inss_2024-01-24.json",
        "raw_extractions/secom/secom_2024-04-25.json",
        "raw_extractions/mdr/mdr_2024-04-25.json",
        "raw_extractions/inss/inss_2024-04-25.json",
        "raw_extractions/secom/secom_2024-06-05.json",
        "raw_extractions/mdr/mdr_2024-06-05.json",
        "raw_extractions/inss/inss_2024-06-05.json",
    ],
    "heldout103": [
        "raw_extractions/cgu/cgu_2024-03-05.json",
        "raw_extractions/agu/agu_2024-03-05.json",
        "raw_extractions/cgu/cgu_2024-04-17.json",
        "raw_extractions/agu/agu_2024-04-17.json",
        "raw_extractions/cgu/cgu_2024-05-08.json",
        "raw_extractions/agu/agu_2024-05-08.json",
    ],
    "heldout104": [
        "raw_extractions/cgu/cgu_2024-02-06.json",
        "raw_extractions/agu/agu_2024-02-06.json",
        "raw_extractions/cgu/cgu_2024-03-14.json",
        "raw_extractions/agu/agu_2024-03-14.json",
        "raw_extractions/cgu/cgu_2024-05-22.json",
        "raw_extractions/agu/agu_2024-05-22.json",
    ],
    "heldout105": [
        "raw_extractions/cgu/cgu_2024-01-24.json",
        "raw_extractions/agu/agu_2024-01-24.json",
        "raw_extractions/cgu/cgu_2024-04-25.json",
        "raw_extractions/agu/agu_2024-04-25.json",
        "raw_extractions/cgu/cgu_2024-06-05.json",
        "raw_extractions/agu/agu_2024-06-05.json",
    ],
    "heldout106": [
        "raw_extractions/mda/mda_2024-03-05.json",
        "raw_extractions/inep/inep_2024-03-05.json",
        "raw_extractions/mda/mda_2024-04-25.json",
        "raw_extractions/inep/inep_2024-04-25.json",
        "raw_extractions/mda/mda_2024-06-05.json",
        "raw_extractions/inep/inep_2024-06-05.json",
    ],
    "heldout107": [
        "raw_extractions/capes/capes_2024-03-05.json",
        "raw_extractions/incra/incra_2024-03-05.json",
        "raw_extractions/capes/capes_2024-04-25.json",
        "raw_extractions/incra/incra_2024-04-25.json",
        "raw_extractions/capes/capes_2024-06-05.json",
        "raw_extractions/incra/incra_2024-06-05.json",
    ],
    "heldout108": [
        "raw_extractions/anatel/anatel_2024-03-05.json",
        "raw_extractions/icmbio/icmbio_2024-03-05.json",
        "raw_extractions/anatel/anatel_2024-04-25.json",
        "raw_extractions/icmbio/icmbio_2024-04-25.json",
        "raw_extractions/anatel/anatel_2024-06-05.json",
        "raw_extractions/icmbio/icmbio_2024-06-05.json",
    ],
    "heldout109": [
        "raw_extractions/aneel/aneel_2024-03-05.json",
        "raw_extractions/aneel/aneel_2024-04-25.json",
        "raw_extractions/anac/anac_2024-04-25.json",
        "raw_extractions/aneel/aneel_2024-06-05.json",
        "raw_extractions/anac/anac_2024-06-05.json",
    ],
    "heldout110": [
        "raw_extractions/sudene/sudene_2024-03-05.json",
        "raw_extractions/dnit/dnit_2024-04-25.json",
        "raw_extractions/sudene/sudene_2024-04-25.json",
        "raw_extractions/dnit/dnit_2024-06-05.json",
        "raw_extractions/sudene/sudene_2024-06-05.json",
    ],
    "heldout111": [
        "raw_extractions/iphan/iphan_2024-05-15.json",
        "raw_extractions/aneel/aneel_2024-05-15.json",
        "raw_extractions/aneel/aneel_2024-07-10.json",
        "raw_extractions/iphan/iphan_2024-08-14.json",
        "raw_extractions/aneel/aneel_2024-08-14.json",
    ],
    "heldout112": [
        "raw_extractions/suframa/suframa_2024-03-05.json",
        "raw_extractions/ana/ana_2024-03-05.json",
        "raw_extractions/suframa/suframa_2024-04-25.json",
        "raw_extractions/ana/ana_2024-04-25.json",
        "raw_extractions/suframa/suframa_2024-06-05.json",
        "raw_extractions/ana/ana_2024-06-05.json",
    ],
    "heldout113": [
        "raw_extractions/ans/ans_2024-03-05.json",
        "raw_extractions/cnen/cnen_2024-04-25.json",
        "raw_extractions/ans/ans_2024-04-25.json",
        "raw_extractions/ans/ans_2024-06-05.json",
    ],
    "heldout114": [
        "raw_extractions/anp/anp_2024-04-25.json",
        "raw_extractions/sudene/sudene_2024-04-25.json",
        "raw_extractions/sudene/sudene_2024-05-15.json",
        "raw_extractions/sudene/sudene_2024-08-14.json",
    ],
    "heldout115": [
        "raw_extractions/cvm/cvm_2024-03-05.json",
        "raw_extractions/inmetro/inmetro_2024-04-25.json",
        "raw_extractions/cvm/cvm_2024-04-25.json",
        "raw_extractions/cvm/cvm_2024-06-05.json",
    ],
    "heldout116": [
        "raw_extractions/cidades/cidades_2024-08-14.json",
        "raw_extractions/mds/mds_2024-08-14.json",
        "raw_extractions/cidades/cidades_2024-09-11.json",
        "raw_extractions/mds/mds_2024-09-11.json",
        "raw_extractions/cidades/cidades_2024-10-08.json",
        "raw_extractions/mds/mds_2024-10-08.json",
    ],
    "heldout117": [
        "raw_extractions/secom/secom_2024-08-14.json",
        "raw_extractions/mulheres/mulheres_2024-08-14.json",
        "raw_extractions/secom/secom_2024-09-11.json",
        "raw_extractions/secom/secom_2024-10-08.json",
        "raw_extractions/mulheres/mulheres_2024-10-08.json",
    ],
    "heldout118": [
        "raw_extractions/mpa/mpa_2024-04-25.json",
        "raw_extractions/mpa/mpa_2024-06-05.json",
        "raw_extractions/capes/capes_2024-08-14.json",
        "raw_extractions/incra/incra_2024-08-14.json",
        "raw_extractions/inep/inep_2024-08-14.json",
    ],
    "heldout119": [
        "raw_extractions/esporte/esporte_2024-08-14.json",
        "raw_extractions/turismo/turismo_2024-08-14.json",
        "raw_extractions/esporte/esporte_2024-09-11.json",
        "raw_extractions/turismo/turismo_2024-09-11.json",
        "raw_extractions/esporte/esporte_2024-10-08.json",
        "raw_extractions/turismo/turismo_2024-10-08.json",
    ],
    "heldout120": [
        "raw_extractions/mcti/mcti_2024-08-14.json",
        "raw_extractions/mme/mme_2024-08-14.json",
        "raw_extractions/mcti/mcti_2024-09-11.json",
        "raw_extractions/mme/mme_2024-09-11.json",
        "raw_extractions/mcti/mcti_2024-10-08.json",
        "raw_extractions/mme/mme_2024-10-08.json",
    ],
    "heldout121": [
        "raw_extractions/saude/saude_2024-08-21.json",
        "raw_extractions/mec/mec_2024-08-21.json",
        "raw_extractions/saude/saude_2024-09-18.json",
        "raw_extractions/mec/mec_2024-09-18.json",
    ],
    "heldout122": [
        "raw_extractions/planalto/planalto_2024-08-21.json",
        "raw_extractions/mdic/mdic_2024-08-21.json",
        "raw_extractions/planalto/planalto_2024-09-18.json",
        "raw_extractions/mdic/mdic_2024-09-18.json",
    ],
    "heldout123": [
        "raw_extractions/fazenda/fazenda_2024-08-21.json",
        "raw_extractions/mj/mj_2024-08-21.json",
        "raw_extractions/fazenda/fazenda_2024-09-18.json",
        "raw_extractions/mj/mj_2024-09-18.json",
    ],
}


def news_items(path: Path) -> list[dict[str, str]]:
    """The first MAX_ITEMS items of one daily file, as ``{"id", "text"}``."""
    items = json.loads(path.read_text(encoding="utf-8"))
    return [
        {"id": item["url"], "text": item["title"].strip() + "\n\n" + item["content"].strip()}
        for item in items[:MAX_ITEMS]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("repository", type=Path, help="a checkout of govbrnews-scraper")
    parser.add_argument("out", type=Path, help="JSONL to write")
    args = parser.parse_args()
    paths = [path for paths in ROUNDS.values() for path in paths]
    items = (item for path in paths for item in news_items(args.repository / path))
    write_texts(args.out, items, "items")


if __name__ == "__main__":
    main()
