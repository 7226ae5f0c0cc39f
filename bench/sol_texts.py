"""Rebuild the texts of ``bench/heldout127``, ``131``, ``135``, ``139``, ``144``–``147``,
``152``, ``153``, ``158``, ``159``, ``164``, ``165``, ``170``, ``171``, ``176``, ``177``,
``182``, ``183``, ``188`` and ``189`` from SOL.

The articles are Portuguese news of the weekly SOL (sol.sapo.pt, 2020–2023), scraped
into ``European Portuguese Classification/Real News Scraping/Jornal SOL/
Jornal_SOL_dataset.csv`` of the public GitHub repository ``ro-afonso/fake-news-pt-eu``
(commit 83ea7d154130b55d407f804394a449621f318bd7; later commits hold a Git LFS
pointer instead), whose README asks users to cite the project's paper and states no
licence, so the texts are not copied here.  The CSV's rows are ``Text,Source,URL``;
each gold file annotates the articles listed for it in ``ROUNDS`` (the complete rows
inside 32,000 characters read at two offsets of the file, or at one for heldout144–146,
drawn at random; of heldout127's and heldout135's 24, heldout147's 22, heldout153's 33,
heldout158's, heldout159's, heldout164's, heldout170's, heldout171's, heldout176's,
heldout177's, heldout183's, heldout188's and heldout189's, the first 16; heldout165's
offsets held only six, heldout182's 13), and an article becomes one JSONL line ``{"id":
<its url>, "text": <title, lead and body, a paragraph a line>}`` for ``eval_quotes.py
--texts``.

The annotators copied the file through a text tool: in heldout135's article on the
ECB ("o BCEprepara-se"), one invisible character its annotator put back as a zero-width
space (U+200B) may differ from the file's; it lies outside every quote.  In heldout152's
article on housing ("ter maioria absoluta.  Ainda"), a missing invisible character was
put back as a space; offsets after it in that article may be off by one.  In
heldout171's article on covid-19 ("EstádioCidade de Coimbra"), one invisible character
was put back as a zero-width space; every quote of that article ends before it.  In
heldout177's article on a Dutch pilot ("arrasados com a perda"), two invisible characters
were put back as zero-width spaces around the "c" of "com", inside its one quote.  In
heldout182's article on the government's reshuffle ("remodelação ou crise"), five invisible
characters after party names were put back as zero-width spaces, and in heldout183's
article on the President's statement ("na quinta-feira"), seven were left out, so that
text is seven characters short; that article holds no quote.  The other 27 texts of
heldout182–183, and heldout188–189's 32, match the file's, read separately.

    python bench/sol_texts.py path/to/Jornal_SOL_dataset.csv sol_texts.jsonl
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from common import write_texts

#: The article each gold file annotates, in order (their URLs without the site's prefix).
ROUNDS: dict[str, list[str]] = {
    "heldout127": [
        "802875/ativistas-bloqueiam-pistas-de-dois-aeroportos-alemaes",
        "803058/ipma-coloca-18-concelhos-de-tr-s-distritos-em-perigo-maximo-de-inc-ndio",
        "801278/o-governo-do-ps-perde-demasiado-tempo-a-resolver-os-seus-problemas",
        "802588/zelensky-fala-ao-telefone-com-costa-antes-da-cimeira-da-nato",
        "800325/pedro-guerra-condenado-por-difamacao-agravada-a-pinto-da-costa-luis-goncalves-e-sad-portista",
        "801981/depositos-com-maior-queda-",
        "781788/aplicacao-stayaway-covid-chega-ao-fim-",
        "801862/liverpool-disposto-a-oferecer-valor-astronomico-para-trazer-mbappe",
        "803387/grupo-wagner-faz-manobras-com-exercito-da-bielorr-ssia",
        "793663/tiktok-vai-impor-limite-de-60-minutos-para-utilizadores-menores",
        "802393/costa-nao-passou-a-noite-a-ler-o-relatorio-sobre-a-tap-mas-esta-absolutamente-tranquilo-e-descansado",
        "800257/martinez-sublinha-que-ronaldo-nao-estava-pronto-para-se-afastar-da-selecao-nacional",
        "802314/pedro-nuno-santos-regressa-hoje-ao-parlamento-como-deputado",
        "728581/facebook-planeia-nova-versao-do-instagram-para-criancas",
        "803382/bruno-fernandes-e-o-novo-capitao-do-manchester-united",
        "801654/costa-a-luta-continua-",
    ],
    "heldout131": [
        "802057/jota-a-caminho-do-futebol-saudita",
        "800890/djokovic-vence-roland-garros-e-faz-historia",
        "802939/mulher-e-crianca-atropeladas-em-esposende",
        "803336/homem-encontrado-morto-com-sinais-de-viol-ncia-em-miranda-do-corvo",
        "800494/maioria-dos-conselheiros-defende-remodelacao",
        "797299/como-a-intelig-ncia-artificial-pode-melhorar-a-aprendizagem",
        "803205/durao-barroso-considera-suspensao-de-acordo-dos-cereais-gravissima",
        "802817/macron-nao-vai-fazer-habitual-discurso-do-feriado-nacional-de-14-de-julho",
        "802399/psd-vai-votar-contra-relatorio-e-apresentara-as-suas-proprias-conclusoes",
        "803331/pessoas-com-albinismo-ainda-enfrentam-exclusao-social-em-mocambique-",
        "800768/arabia-saudita-investe-no-futebol",
        "799753/bancos-5-maiores-lucram-mais-de-10-milhoes-por-dia",
        "802257/psd-apresenta-cinco-propostas-para-setor-da-sa-de-",
        "784705/elon-musk-pondera-despedir-ate-metade-dos-funcionarios-da-recem-comprada-twitter",
    ],
    "heldout135": [
        "802905/r-ssia-deteve-alegados-espioes-russos-que-ajudavam-tropas-ucranianas-",
        "799433/teia-de-gaia-apanha-governantes",
        "799955/coldplay-pagamentos-de-visitantes-em-coimbra-representaram-38-do-consumo-total-",
        "803008/eleicoes-legislativas-nos-paises-baixos-marcadas-para-22-de-novembro",
        "802818/leao-que-joga-canta-e-danca",
        "802871/o-mundo-esta-a-experienciar-um-calor-sem-precedentes",
        "724755/sonda-dos-emirados-arabes-unidos-envia-primeira-imagem-de-marte",
        "800347/presidente-da-c-mara-de-oleiros-renuncia-ao-mandato-",
        "800174/chumbado-pedido-do-chega-para-marcelo-depor-na-comissao-de-inquerito-a-tap",
        "800365/mais-uma-semana-de-mentiras",
        "803080/cerca-de-1400-migrantes-chegaram-a-lampedusa-nas-ltimas-24-horas",
        "800789/algarve-hotelaria-com-maior-taxa-de-ocupacao-de-maio-em-22-anos",
        "802935/erdogan-otimista-sobre-recomeco-das-negociacoes-de-adesao-da-turquia-a-ue",
        "801145/bce-nao-da-treguas",
        "803434/zelensky-afasta-embaixador-ucraniano-no-reino-unido-",
        "803056/lider-das-forcas-armadas-da-ucr-nia-admite-ataques-na-r-ssia",
    ],
    "heldout139": [
        "799624/portugal-esta-disponivel-para-formar-pilotos-ucranianos-mas-nao-para-enviar-f-16",
        "801184/dominio-garante-conquista-inedita",
        "802747/pj-faz-mais-de-20-buscas-por-fraude-fiscal-e-branqueamento-em-viana-do-castelo",
        "801113/concessao-de-credito-trava-em-abril",
        "800334/ex-vice-presidente-do-bcp-christopher-de-beck-morreu-aos-77-anos",
        "799640/5g-anacom-contabiliza-quase-7-000-estacoes-em-99-concelhos-do-pais",
        "716989/pandemia-nao-trava-web-summit-que-contou-com-mais-de-100-mil-participantes",
        "762294/joao-diogo-ramos-as-pessoas-olham-para-o-primeiro-computador-como-olham-para-o-clube-de-futebol",
        "800688/efacec-vendida-a-alema-mutares",
        "751859/marcelo-quer-100-mil-participantes-na-web-summit-em-2022-mais-60-mil-do-que-este-ano",
        "800671/psd-quer-que-cpi-apresente-queixa-crime-contra-galamba-por-falsas-declaracoes",
        "802463/turismo-atividade-turistica-em-2022-aproximou-se-dos-niveis-de-2019",
        "798988/ocde-taxa-de-desemprego-manteve-minimo-historico-de-4-8-em-marco",
        "800842/5g-bruxelas-elogia-portugal-e-pondera-proibir-huawei",
        "802206/espanha-a-esquerda-que-soma-e-a-direita-que-nao-quer-somar",
        "716311/parlamento-brit-nico-discute-responsabilizacao-da-apple-e-da-amazon-na-recolha-do-lixo-eletronico",
    ],
    "heldout144": [
        "802261/alianca-russo-bielorrussa-ajuda-a-defender-interesses-legitimos-de-moscovo-e-de-minsk",
        "799465/marcelo-quando-entender-que-me-devo-pronunciar-pronunciar-me-ei",
        "803290/idoso-de-96-anos-desaparecido-em-santarem",
    ],
    "heldout145": [
        "803296/inc-ndio-na-covilha-mobiliza-mais-de-200-operacionais",
        "802096/r-ssia-esta-a-reduzir-presenca-em-central-nuclear",
        "800657/ocde-rev-crescimento-portugu-s-em-alta",
        "802960/natalidade-aumenta-em-portugal",
        "803121/segunda-maior-especie-de-tubarao-avistada-no-mar-em-viana-do-castelo",
        "802769/r-ssia-ameaca-usar-bombas-de-fragmentacao-caso-kiev-receba-estas-armas",
        "800604/apoio-as-rendas-chega-a-cerca-de-186-mil-familias",
        "800140/cavaco-silva-um-ano-de-reptos-conselhos-e-criticas-ao-governo-de-costa",
        "802342/varios-feridos-em-ataque-terrorista-em-telavive",
        "802109/franca-pondera-decretar-estado-de-emerg-ncia-apos-tr-s-noites-de-confrontos-",
        "802010/as-exig-ncias-de-rafa-para-renovar-com-o-benfica",
    ],
    "heldout146": [
        "800770/seferovic-de-regresso-ao-benfica-apos-fim-de-emprestimo-ao-celta-de-vigo",
        "802809/pj-detem-bombeiro-suspeito-de-atear-varios-inc-ndios-florestais-em-fafe",
        "801269/guiana-o-alegre-pele-f-c-",
        "803212/presidente-da-rep-blica-convoca-conselho-de-estado-para-sexta-feira",
        "802094/policia-deteve-64-pessoas-durante-confrontos-na-belgica",
        "802881/deputados-da-comissao-de-inquerito-a-tap-discutem-e-votam-relatorio-final",
        "777056/rob-de-xadrez-parte-o-dedo-de-um-menino-",
        "803419/ronaldo-diz-nao-a-europa-e-ao-sporting",
        "802834/producao-automovel-cresce-no-1-semestre",
        "802966/jovem-que-esteve-desaparecido-em-esmoriz-em-coma-induzido",
        "799074/tap-tensao-mantem-se-polemicas-continuam",
        "798664/-algarve-bateu-recorde-de-ocupacao-por-quarto-em-abril",
        "800212/alexandra-reis-ja-devolveu-indemnizacao-a-tap",
    ],
    "heldout147": [
        "800272/o-talento-nao-tem-idade",
        "756139/big-tech-parlamento-europeu-aprova-lei-contra-abusos-das-gigantes-tecnologicas",
        "803239/dois-detidos-por-trafico-de-estupefacientes-em-odemira",
        "799998/leoes-vencem-ao-vizela",
        "726037/whatsapp-vai-bloquear-utilizadores-que-nao-aceitem-nova-politica-de-privacidade",
        "798809/altice-portugal-receitas-atingiram-699-milhoes-no-1-trimestre",
        "802995/controlo-de-fronteiras-e-reposto-a-22-de-julho-por-causa-das-jornadas",
        "803140/politicos-sem-grandes-ferias-grandes",
        "800138/salernitana-paulo-sousa-rei-da-grande-festa-dos-cavalos-marinhos",
        "731430/comissao-europeia-volta-a-discutir-criacao-de-carregador-universal-",
        "792609/ag-ncia-europeia-do-medicamento-aconselha-vacinacao-anual-contra-covid-19",
        "798445/irs-falha-levou-a-entrega-de-reembolso-por-cheque",
        "803250/mais-de-50-concelhos-em-risco-maximo-de-inc-ndio",
        "801705/robinhood-roubando-os-pobres",
        "692725/medibot-o-robot-que-vai-ajudar-os-profissionais-de-sa-de-a-cumprir-o-distanciamento-social-na-malasia",
        "802951/oficial-nani-vai-jogar-na-turquia",
    ],
    "heldout152": [
        "802655/pelo-menos-seis-mortos-em-ataque-num-jardim-de-inf-ncia-na-china",
        "802084/juros-perspetivas-de-recessao-aumentam",
        "799111/metro-acelera-mas-caos-instala-se-",
        "786130/twitter-reativa-conta-de-congressista-de-extrema-direita-dos-eua",
        "803375/putin-nao-vai-participar-na-cimeira-brics-",
        "801831/cesar-boaventura-leva-benfica-a-tribunal",
        "789472/china-desvia-formula-1-de-portugal",
        "803340/detido-homem-por-abusar-sexualmente-de-criancas-de-8-e-11-anos-em-vila-real",
        "748133/mota-voadora-speeder-pode-chegar-ao-mercado-ja-em-2023-",
        "754454/jack-dorsey-fundador-do-twitter-renuncia-cargo-de-presidente-executivo",
        "780943/google-pode-vir-a-pagar-25-mil-milhoes-de-euros-em-multas",
        "800823/cds-quer-voltar-a-ser-o-partido-de-quadros",
        "799435/habitacao-em-xeque",
        "801054/euro-2024-portugal-com-din-mica-vencedora",
        "803188/alexandre-fonseca-exige-clarificacao-dos-factos-e-reitera-que-e-alheio-ao-processo-da-altice",
    ],
    "heldout153": [
        "802494/homem-algema-se-ao-portao-do-palacio-de-buckingham",
        "738038/todas-as-empresas-sao-empresas-tecnologicas",
        "798536/bancos-portugueses-escapam-ilesos",
        "789930/china-pede-para-nao-se-visitar-idosos",
        "800586/inflacao-abranda-para-7-4-em-abril",
        "803307/enfermeiros-mant-m-greve-durante-a-jmj-",
        "800808/economia-cresce-mas-ha-riscos-que-tiram-o-f-lego",
        "803219/pinto-moreira-vai-renunciar-ao-mandato-de-deputado-no-final-da-sessao-legislativa",
        "766970/hubble-capta-imagens-de-um-planeta-a-nascer-",
        "802674/governo-nigeriado-decreta-recolher-obrigatorio-para-travar-viol-ncia",
        "802130/inundacoes-na-africa-do-sul-fazem-pelo-menos-sete-mortos-",
        "802948/assaltante-de-garagens-condenado-a-11-anos-e-seis-meses-de-prisao-em-braga",
        "802452/relatorio-da-cpi-a-tap-deixou-christine-ourmiere-widener-estupefacta",
        "803138/helena-carreiras-e-gomes-cravinho-ouvidos-na-sexta-feira-no-parlamento",
        "801462/fundo-de-garantia-de-depositos-recursos-proprios-sobem",
        "802071/explosao-perto-do-quartel-general-do-exercito-do-sudao-",
    ],
    "heldout158": [
        "799459/luis-montenegro-pede-demissao-de-joao-galamba",
        "738427/cientistas-descobrem-pulso-geologico-do-planeta",
        "802944/harrison-ford-o-ltimo-adeus-de-uma-lenda",
        "803255/a-nova-meca-do-desporto-mundial",
        "801313/psg-sergio-rico-sai-do-coma",
        "803389/motociclista-ferido-em-acidente-camiao-em-arcos-de-valdevez",
        "802672/biden-e-sunak-concordam-com-adesao-rapida-da-suecia-a-nato",
        "798872/tap-com-prejuizos-de-57-4-milhoes-de-euros-no-1-trimestre",
        "802637/santos-silva-visita-o-reino-unido-a-convite-do-homologo-brit-nico",
        "802244/protestos-em-franca-continuam-bombeiro-de-24-anos-morre-em-inc-ndio-",
        "801917/ataque-russo-a-restaurante-em-kramatorsk-faz-oito-mortos-e-56-feridos",
        "803039/libaneses-que-tentavam-entrar-em-israel-sao-dispersados-com-tiros",
        "788906/espanha-exige-teste-negativo-a-covid-19-a-viajantes-da-china",
        "803220/presidente-sul-africano-obrigado-a-divulgar-declaracao-sobre-detencao-de-putin",
        "803085/homem-morre-em-atropelamento-ferroviario-em-portalegre",
        "802480/marcelo-cancela-deslocacoes-ate-domingo-por-precaucao-",
    ],
    "heldout159": [
        "802894/armando-pereira-alto-responsavel-do-grupo-altice-esta-a-ser-alvo-de-buscas-atualizada-",
        "787277/abertas-candidaturas-ao-programa-de-bolsas-da-huawei-para-apoiar-50-estudantes-com-mais-250-mil-euros",
        "761938/laboratorios-germano-de-sousa-alvo-de-ataque-informatico",
        "789489/biden-e-oms-preocupados-com-china",
        "799120/bruxelas-prev-crescimento-de-2-4-na-economia-portuguesa",
        "803176/infraestruturas-portuarias-de-odessa-danificadas-em-ataque-russo",
        "799702/snqtb-suspende-manifestacao-apos-montepio-rever-salarios",
        "790199/casa-aberta-ja-esta-disponivel-para-maiores-de-18-anos",
        "695647/pessoas-viram-se-para-o-gaming-durante-pandemia-mundial",
        "791229/primeira-sms-a-convocar-para-vacinacao-contra-a-covid-19-foi-enviada-ha-dois-anos",
        "799247/rtp-com-lucros-de-767-mil-euros-em-2022",
        "802474/varios-feridos-e-uma-vitima-mortal-apos-carro-embater-contra-escola-primaria-em-londres",
        "802332/ocde-inflacao-em-maio-atinge-o-nivel-mais-baixo-desde-dezembro-de-2021",
        "802974/passageiro-apanhado-com-quatro-quilos-de-heroina-no-aeroporto-de-lisboa",
        "800214/inflacao-em-portugal-recua-para-4-em-maio",
        "803326/leoa-a-solta-nos-arredores-de-berlim",
    ],
    "heldout164": [
        "802384/relatorio-da-cpi-a-tap-iliba-governo-e-ignora-polemicas-do-ministerio-de-galamba",
        "800006/de-que-e-que-costa-esta-a-espera-",
        "802651/polonia-ja-deteve-15-pessoas-por-suspeita-de-espionagem-russa-",
        "803351/neymar-messi-mbappe-e-eu-somos-os-melhores-do-mundo-mas-futebol-nao-e-receita-de-bolo-",
        "803132/seis-pessoas-resgatadas-de-barco-no-rio-arade",
        "803283/rafa-rejeitou-proposta-do-qatar",
        "726486/deco-vai-processar-apple-por-manipulacao-de-desempenho-dos-iphones-6",
        "800412/oficial-leao-renova-com-ac-milan-e-fica-com-clausula-de-175-milhoes",
        "784461/contas-suspensas-e-perda-de-seguidores-milhares-de-utilizadores-do-instagram-reportam-problemas-",
        "799477/prazo-de-funcionamento-da-comissao-de-inquerito-a-tap-prorrogado-por-60-dias",
        "802609/inglaterra-sagra-se-campea-europeia-de-futebol-sub-21",
        "799985/sandra-felgueiras-perde-processo-contra-cofina",
        "726869/foguetao-prototipo-da-spacex-explode-depois-de-aterrar-no-texas",
        "799909/marcelo-convoca-conselho-de-estado-para-fazer-avaliar-situacao-do-pais-",
        "800615/angel-di-maria-de-saida-da-juventus",
        "793177/funcionarios-da-comissao-europeia-t-m-de-desinstalar-tiktok",
    ],
    "heldout165": [
        "801680/nos-inc-ndios-extremos-ha-momentos-em-que-nao-ha-combate-possivel",
        "789291/ue-incentiva-estados-membros-a-imporem-testes-a-viajantes-da-china",
        "799520/costa-imita-soares-e-faz-charme-a-igreja",
        "799439/cavaco-da-pistas-para-o-futuro-ao-psd",
        "802687/marcelo-promulga-lei-das-grandes-opcoes-para-2023-2026",
        "800488/governo-arrecada-mais-de-61-milhoes-por-dia-em-iva",
    ],
    "heldout170": [
        "802847/lula-acaba-com-programas-escolares-civico-militares-de-bolsonaro",
        "802458/ja-e-conhecido-o-calendario-dos-jogos-da-proxima-epoca",
        "801885/ministra-diz-que-criticos-do-governo-que-apostaram-na-espuma-dos-dias-falharam",
        "802031/tropas-ucranianas-avancam-em-bakhmut-",
        "797442/china-liberta-participantes-em-protestos-contra-estrategia-zero-covid",
        "802099/espanha-quer-debater-politicas-migratorias-da-europa",
        "765330/esta-oportunidade-e-para-quem-sempre-sonhou-ser-astronauta",
        "803344/mulher-ferida-em-acidente-de-trabalho-numa-fabrica-de-transformacao-de-bacalhau-em-ilhavo",
        "803334/jovem-de-23-anos-morre-em-despiste-de-automovel-em-beja-",
        "803190/autoridades-russas-afirmam-ter-destruido-instalacoes-ucranianas-usadas-contra-a-crimeia",
        "802785/enfermeiros-dos-hospitais-privados-em-greve-no-dia-28",
        "802678/ataques-de-forcas-russas-obrigam-cidades-de-sumi-a-serem-evacuadas-",
        "801057/lancar-as-bases-para-os-campeoes-do-futuro",
        "749922/xiaomi-vai-comecar-a-produzir-carros-eletricos-em-2024",
        "803324/moscovo-volta-a-atacar-varios-portos-em-odessa-e-mikolayiv",
        "801963/financas-ja-devolveram-2-6-mil-milhoes-de-euros-a-2-7-milhoes-de-agregados",
    ],
    "heldout171": [
        "803410/antilhas-o-misterio-da-velocidade",
        "788328/alice-a-inovacao-tambem-esta-em-portugal",
        "802987/banco-de-portugal-faz-novo-alerta-sobre-entidades-que-usam-nome-do-regulador-para-enganar-clientes",
        "801908/dois-mortos-em-ataque-russo-contra-restaurante-em-kramatorsk",
        "800395/al-nassr-de-cristiano-ronaldo-faz-pre-epoca-em-portugal",
        "750994/whatsapp-vai-deixar-de-funcionar-em-alguns-telemoveis-saiba-quais",
        "802938/homem-de-81-anos-morre-em-acidente-de-trator-em-chaves",
        "802852/guterres-propoe-extender-acordo-dos-cereais-",
        "801512/covid-19-vai-ficar-tudo-bem-sera-que-ficou-",
        "802632/r-ssia-abate-missil-ucraniano-na-regiao-fronteirica-de-rostov",
        "800660/secretario-das-financas-chamado-de-urg-ncia-ao-parlamento-por-causa-de-certificados-de-aforro",
        "765529/ex-trabalhador-da-apple-acusado-de-defraudar-a-empresa-em-nove-milhoes-de-euros",
        "802518/secretario-de-estado-da-defesa-nacional-pede-demissao",
        "800002/campeonato-ltimo-dia-da-criacao",
        "803110/prevista-a-supressao-de-105-comboios-na-estacao-de-campanha-",
        "803443/r-ssia-lancou-novo-ataque-contra-infraestruturas-em-odessa-e-zaporijia",
    ],
    "heldout176": [
        "801655/primeira-edicao-do-mundial-de-clubes-com-32-equipas-vai-ser-nos-eua",
        "802930/oito-detidos-em-operacao-da-gnr-nos-concelhos-da-lousa-vila-nova-de-poiares-e-coimbra-",
        "800748/montenegro-escreve-carta-a-costa",
        "802266/novo-aeroporto-pode-derrapar-mais-seis-meses",
        "803010/carlos-alexandre-bye-bye-super-juiz-",
        "802133/ucr-nia-vai-fazer-reforco-militar-na-fronteira-com-a-bielorr-ssia",
        "802020/investigacao-revela-29-casos-de-abuso-sexual-no-clube-ingl-s-de-watford",
        "751826/web-summit-teletrabalho-hibrido-ou-voltar-ao-escritorio-",
        "803155/sindicato-diz-que-cgd-recusa-aplicar-aumento-de-1-",
        "802802/rui-rio-alvo-de-buscas-por-suspeitas-de-peculato-e-abuso-de-poder",
        "802356/macron-anuncia-lei-de-emerg-ncia-para-reparar-danos-provados-pelos-protestos-",
        "803421/ipma-coloca-vinte-e-cinco-concelhos-em-perigo-maximo-de-inc-ndio",
        "802619/nove-desaparecidos-em-aluimento-de-terras-na-china-",
        "803157/jmj-motoristas-e-cantoneiros-da-cml-desconvocam-greve",
        "789896/funcionarios-de-boris-johson-terao-tido-relacoes-durante-festa-realizada-no-confinamento-",
        "803370/embaixador-sueco-expulso-do-iraque-depois-de-queima-de-alcorao-em-estocolmo",
    ],
    "heldout177": [
        "726892/ja-pode-fazer-chamadas-de-voz-e-video-no-whatsapp-atraves-do-seu-computador",
        "802191/piloto-holand-s-de-18-anos-morre-apos-despiste-em-prova-na-belgica",
        "761963/proxima-d-o-novo-planeta-a-orbitar-a-estrela-mais-proxima-do-sol",
        "800505/fc-porto-conquista-a-19-taca-de-portugal-",
        "802854/inc-ndio-em-camiao-condiciona-circulacao-na-en114",
        "803332/tr-s-policias-detidos-por-suspeitas-de-trafico-de-droga-no-porto",
        "802909/reino-unido-alerta-para-interfer-ncia-chinesa",
        "802985/governo-russo-admite-que-vai-legalizar-empresas-militares-privadas",
        "802541/maldito-relatorio-da-tap",
        "802714/pre-epoca-campeao-entra-ao-ataque",
        "801182/medina-garante-que-ex-ceo-foi-informada-da-demissao-por-justa-causa",
        "802907/seguros-de-viagem-ideia-tentadora-mas-nem-sempre-compensa",
        "800200/certificados-de-aforro-corrida-abranda-em-abril",
        "801775/pinto-moreira-cria-novo-embaraco",
        "802942/portugal-esta-na-final-do-europeu-de-sub-19",
        "802607/bruno-lage-e-o-novo-treinador-do-botafogo",
    ],
    "heldout182": [
        "799706/ana-jacinto-as-novas-regras-do-tabaco-sao-desproporcionais-e-incompreensiveis",
        "798931/cgd-lucro-dispara-95-para-285-milhoes-de-euros-no-primeiro-trimestre",
        "800593/transporte-de-passageiros-mantem-tend-ncia-de-crescimento-no-1-trimestre",
        "803203/homem-burlou-cerca-de-100-mil-euros-em-esquema-de-producao-de-cogumelos",
        "799504/aumento-de-salarios-e-inferior-a-inflacao-real",
        "801880/conselho-de-disciplina-instaura-processo-a-vlachodimos-por-frase-sobre-o-fc-porto",
        "802030/manchester-united-quer-joao-neves",
        "803195/negocio-das-arabias-o-petroleo-como-principal-impulsionador-da-economia",
        "790435/graca-freitas-admite-que-teve-varias-discord-ncias-com-marta-temido",
        "802143/bolsonaro-impedido-de-ir-a-eleicoes-ate-2030",
        "801150/remodelacao-ou-crise-aguenta-aguenta",
        "802122/companhias-aereas-sata-transportaram-1-milhao-de-passageiros-em-2023",
        "799767/montenegro-pede-rapidez-da-justica-e-ventura-quer-a-demissao-de-medina-e-cordeiro",
    ],
    "heldout183": [
        "788393/indice-de-transmissibilidade-por-covid-19-volta-a-subir",
        "802737/cinco-mortos-em-explosao-causada-por-artigos-pirotecnicos-na-china",
        "802430/chuvas-fortes-na-china-fazem-pelo-menos-15-mortos-",
        "803258/lula-da-silva-destaca-momento-excecional-na-relacao-entre-brasil-e-portugal",
        "803052/greves-e-acoes-de-rua-marcam-visita-do-papa",
        "796491/governo-aprova-fim-de-mascaras-em-unidades-de-sa-de-e-lares",
        "800222/projetos-sobre-semana-de-quatro-dias-de-trabalho-comecam-no-proximo-m-s-",
        "791595/iphone-sera-leiloado-por-mais-de-50-mil-dolares",
        "799921/ordens-governo-recua-nos-contabilistas",
        "799447/marcelo-cancela-declaracao-as-14h00",
        "788507/preocupante-aumento-de-casos-de-covid-19-na-china",
        "802886/mais-de-20-concelhos-em-perigo-maximo-de-inc-ndio",
        "802844/china-quer-aumentar-abertura-internacional-para-novo-patamar",
        "790599/silenciar-rumores-sobre-pandemia",
        "803267/jovem-que-esfaqueou-ex-namorada-em-lagoa-vai-ficar-em-prisao-preventiva",
        "775627/asteroide-passara-perto-da-terra-esta-quinta-feira-diz-nasa",
    ],
    "heldout188": [
        "801097/indemnizacao-foi-aquilo-que-me-levou-a-sair",
        "802744/embarcacoes-proibidas-de-se-aproximarem-de-orcas",
        "800852/costa-diz-que-protesto-dos-professores-e-injusto-e-racista",
        "801344/jovens-a-procura-do-titulo-que-falta-a-portugal",
        "702939/esteve-com-problemas-em-aceder-ao-whatsapp-nao-foi-o-nico",
        "763503/wordle-um-gesto-de-amor-que-conquistou-milhoes-",
        "803376/apreendidos-mais-de-180-quilos-de-pescado-nos-acores",
        "803154/-portal-da-queixa-recebeu-mais-de-88-300-reclamacoes-no-primeiro-semestre",
        "801201/a-polemica-do-cartaz-je-suis-pedro-brito",
        "803406/macron-remodela-governo-depois-de-protestos-",
        "783916/depois-de-problemas-no-acesso-whatsapp-ja-esta-a-normalizar",
        "798855/banco-de-portugal-alerta-para-incumprimento-de-familias-e-empresas-vulneraveis",
        "789151/hospitais-de-xangai-sobrelotados-devido-a-covid-19",
        "802981/av-detido-por-abusar-sexualmente-da-neta-de-dez-anos-em-aveiro",
        "799795/costa-quer-falar-de-economia-mas-oposicao-tem-na-mira-polemicas",
        "802819/ministra-diz-que-esta-garantida-a-seguranca-do-papa-dos-peregrinos-e-da-populacao",
    ],
    "heldout189": [
        "801132/zlatan-ibrahimovic-a-fera-indomavel-tambem-chora",
        "758299/google-empresas-de-combustiveis-fosseis-estao-entre-as-que-mais-gastam-em-an-ncios",
        "793973/djokovic-falha-torneios-nos-eua-por-nao-estar-vacinado-contra-a-covid-19",
        "800371/mourinho-com-mau-perder",
        "803016/carlos-alexandre-interroga-ltimos-arguidos-no-ticao-",
        "802111/cmvm-suspende-negociacao-das-acoes-da-cofina",
        "801006/aeroportos-movimento-de-passageiros-continua-a-atingir-maximos-historicos",
        "800507/baixa-fasquia-para-europeias-cai-mal-no-psd",
        "799782/duarte-cordeiro-diz-que-alegacoes-sao-falsas-e-caluniosas",
        "802065/policia-responsavel-pela-morte-de-adolescente-franc-s-colocado-em-prisao-preventiva",
        "802866/dominado-fogo-em-silves-no-algarve",
        "802121/greve-na-portway-desconvocada",
        "801160/banco-de-portugal-mais-otimista-e-melhora-previsoes-de-crescimento",
        "759043/youtube-e-das-plataformas-que-ajuda-mais-a-desinformacao-dizem-organizacoes-",
        "802451/lukashenko-anuncia-regresso-do-lider-do-grupo-wagner-a-r-ssia",
        "801768/habitacao-avaliacao-aumentou-para-1-510-euros-o-metro-quadrado",
    ],
}

#: What every article's URL starts with.
SITE = "https://sol.sapo.pt/artigo/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv_file", type=Path, help="Jornal_SOL_dataset.csv")
    parser.add_argument("out", type=Path, help="JSONL to write")
    args = parser.parse_args()
    csv.field_size_limit(sys.maxsize)
    with args.csv_file.open(encoding="utf-8", newline="") as rows:
        texts = {row["URL"]: row["Text"] for row in csv.DictReader(rows)}
    urls = [SITE + path for paths in ROUNDS.values() for path in paths]
    write_texts(args.out, ({"id": url, "text": texts[url]} for url in urls), "articles")


if __name__ == "__main__":
    main()
