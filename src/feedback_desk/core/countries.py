"""Destination countries (ISO 3166-1 alpha-2) with English and Indonesian names.

The most frequent destinations of Indonesian migrant workers come first, in that order; then
every other country by English name; then ``ZZ`` other and ``XX`` not country-specific.
"""

from __future__ import annotations

FREQUENT = """\
HK|Hong Kong|Hong Kong
TW|Taiwan|Taiwan
MY|Malaysia|Malaysia
JP|Japan|Jepang
SG|Singapore|Singapura
KR|South Korea|Korea Selatan
SA|Saudi Arabia|Arab Saudi
IT|Italy|Italia
BN|Brunei|Brunei Darussalam
TR|Turkey|Turki
PL|Poland|Polandia
AE|United Arab Emirates|Uni Emirat Arab
ZM|Zambia|Zambia
QA|Qatar|Qatar
KW|Kuwait|Kuwait
KH|Cambodia|Kamboja
CD|DR Congo|Republik Demokratik Kongo"""

OTHERS = """\
AF|Afghanistan|Afganistan
AX|Åland Islands|Kepulauan Aland
AL|Albania|Albania
DZ|Algeria|Aljazair
AS|American Samoa|Samoa Amerika
AD|Andorra|Andorra
AO|Angola|Angola
AI|Anguilla|Anguilla
AQ|Antarctica|Antarktika
AG|Antigua and Barbuda|Antigua dan Barbuda
AR|Argentina|Argentina
AM|Armenia|Armenia
AW|Aruba|Aruba
AU|Australia|Australia
AT|Austria|Austria
AZ|Azerbaijan|Azerbaijan
BS|Bahamas|Bahama
BH|Bahrain|Bahrain
BD|Bangladesh|Bangladesh
BB|Barbados|Barbados
BY|Belarus|Belarus
BE|Belgium|Belgia
BZ|Belize|Belize
BJ|Benin|Benin
BM|Bermuda|Bermuda
BT|Bhutan|Bhutan
BO|Bolivia|Bolivia
BQ|Bonaire, Sint Eustatius and Saba|Bonaire, Sint Eustatius, dan Saba
BA|Bosnia and Herzegovina|Bosnia dan Herzegovina
BW|Botswana|Botswana
BV|Bouvet Island|Pulau Bouvet
BR|Brazil|Brasil
IO|British Indian Ocean Territory|Wilayah Samudra Hindia Britania
BG|Bulgaria|Bulgaria
BF|Burkina Faso|Burkina Faso
BI|Burundi|Burundi
CV|Cabo Verde|Tanjung Verde
CM|Cameroon|Kamerun
CA|Canada|Kanada
KY|Cayman Islands|Kepulauan Cayman
CF|Central African Republic|Republik Afrika Tengah
TD|Chad|Chad
CL|Chile|Cile
CN|China|Tiongkok
CX|Christmas Island|Pulau Natal
CC|Cocos (Keeling) Islands|Kepulauan Cocos (Keeling)
CO|Colombia|Kolombia
KM|Comoros|Komoro
CG|Congo|Kongo
CK|Cook Islands|Kepulauan Cook
CR|Costa Rica|Kosta Rika
CI|Côte d'Ivoire|Pantai Gading
HR|Croatia|Kroasia
CU|Cuba|Kuba
CW|Curaçao|Curaçao
CY|Cyprus|Siprus
CZ|Czechia|Ceko
DK|Denmark|Denmark
DJ|Djibouti|Jibuti
DM|Dominica|Dominika
DO|Dominican Republic|Republik Dominika
EC|Ecuador|Ekuador
EG|Egypt|Mesir
SV|El Salvador|El Salvador
GQ|Equatorial Guinea|Guinea Khatulistiwa
ER|Eritrea|Eritrea
EE|Estonia|Estonia
SZ|Eswatini|Eswatini
ET|Ethiopia|Etiopia
FK|Falkland Islands|Kepulauan Falkland
FO|Faroe Islands|Kepulauan Faroe
FJ|Fiji|Fiji
FI|Finland|Finlandia
FR|France|Prancis
GF|French Guiana|Guyana Prancis
PF|French Polynesia|Polinesia Prancis
TF|French Southern Territories|Wilayah Selatan Prancis
GA|Gabon|Gabon
GM|Gambia|Gambia
GE|Georgia|Georgia
DE|Germany|Jerman
GH|Ghana|Ghana
GI|Gibraltar|Gibraltar
GR|Greece|Yunani
GL|Greenland|Greenland
GD|Grenada|Grenada
GP|Guadeloupe|Guadeloupe
GU|Guam|Guam
GT|Guatemala|Guatemala
GG|Guernsey|Guernsey
GN|Guinea|Guinea
GW|Guinea-Bissau|Guinea-Bissau
GY|Guyana|Guyana
HT|Haiti|Haiti
HM|Heard Island and McDonald Islands|Pulau Heard dan Kepulauan McDonald
VA|Holy See|Takhta Suci
HN|Honduras|Honduras
HU|Hungary|Hungaria
IS|Iceland|Islandia
IN|India|India
ID|Indonesia|Indonesia
IR|Iran|Iran
IQ|Iraq|Irak
IE|Ireland|Irlandia
IM|Isle of Man|Pulau Man
IL|Israel|Israel
JM|Jamaica|Jamaika
JE|Jersey|Jersey
JO|Jordan|Yordania
KZ|Kazakhstan|Kazakstan
KE|Kenya|Kenya
KI|Kiribati|Kiribati
KP|North Korea|Korea Utara
KG|Kyrgyzstan|Kirgizstan
LA|Laos|Laos
LV|Latvia|Latvia
LB|Lebanon|Lebanon
LS|Lesotho|Lesotho
LR|Liberia|Liberia
LY|Libya|Libya
LI|Liechtenstein|Liechtenstein
LT|Lithuania|Lituania
LU|Luxembourg|Luksemburg
MO|Macao|Makau
MG|Madagascar|Madagaskar
MW|Malawi|Malawi
MV|Maldives|Maladewa
ML|Mali|Mali
MT|Malta|Malta
MH|Marshall Islands|Kepulauan Marshall
MQ|Martinique|Martinik
MR|Mauritania|Mauritania
MU|Mauritius|Mauritius
YT|Mayotte|Mayotte
MX|Mexico|Meksiko
FM|Micronesia|Mikronesia
MD|Moldova|Moldova
MC|Monaco|Monako
MN|Mongolia|Mongolia
ME|Montenegro|Montenegro
MS|Montserrat|Montserrat
MA|Morocco|Maroko
MZ|Mozambique|Mozambik
MM|Myanmar|Myanmar
NA|Namibia|Namibia
NR|Nauru|Nauru
NP|Nepal|Nepal
NL|Netherlands|Belanda
NC|New Caledonia|Kaledonia Baru
NZ|New Zealand|Selandia Baru
NI|Nicaragua|Nikaragua
NE|Niger|Niger
NG|Nigeria|Nigeria
NU|Niue|Niue
NF|Norfolk Island|Pulau Norfolk
MK|North Macedonia|Makedonia Utara
MP|Northern Mariana Islands|Kepulauan Mariana Utara
NO|Norway|Norwegia
OM|Oman|Oman
PK|Pakistan|Pakistan
PW|Palau|Palau
PS|Palestine|Palestina
PA|Panama|Panama
PG|Papua New Guinea|Papua Nugini
PY|Paraguay|Paraguay
PE|Peru|Peru
PH|Philippines|Filipina
PN|Pitcairn|Pitcairn
PT|Portugal|Portugal
PR|Puerto Rico|Puerto Riko
RE|Réunion|Réunion
RO|Romania|Rumania
RU|Russia|Rusia
RW|Rwanda|Rwanda
BL|Saint Barthélemy|Saint Barthélemy
SH|Saint Helena, Ascension and Tristan da Cunha|Saint Helena, Ascension, dan Tristan da Cunha
KN|Saint Kitts and Nevis|Saint Kitts dan Nevis
LC|Saint Lucia|Saint Lucia
MF|Saint Martin (French part)|Saint Martin (bagian Prancis)
PM|Saint Pierre and Miquelon|Saint Pierre dan Miquelon
VC|Saint Vincent and the Grenadines|Saint Vincent dan Grenadine
WS|Samoa|Samoa
SM|San Marino|San Marino
ST|Sao Tome and Principe|Sao Tome dan Principe
SN|Senegal|Senegal
RS|Serbia|Serbia
SC|Seychelles|Seychelles
SL|Sierra Leone|Sierra Leone
SX|Sint Maarten (Dutch part)|Sint Maarten (bagian Belanda)
SK|Slovakia|Slowakia
SI|Slovenia|Slovenia
SB|Solomon Islands|Kepulauan Solomon
SO|Somalia|Somalia
ZA|South Africa|Afrika Selatan
GS|South Georgia and the South Sandwich Islands|Georgia Selatan dan Kepulauan Sandwich Selatan
SS|South Sudan|Sudan Selatan
ES|Spain|Spanyol
LK|Sri Lanka|Sri Lanka
SD|Sudan|Sudan
SR|Suriname|Suriname
SJ|Svalbard and Jan Mayen|Svalbard dan Jan Mayen
SE|Sweden|Swedia
CH|Switzerland|Swiss
SY|Syria|Suriah
TJ|Tajikistan|Tajikistan
TZ|Tanzania|Tanzania
TH|Thailand|Thailand
TL|Timor-Leste|Timor Leste
TG|Togo|Togo
TK|Tokelau|Tokelau
TO|Tonga|Tonga
TT|Trinidad and Tobago|Trinidad dan Tobago
TN|Tunisia|Tunisia
TM|Turkmenistan|Turkmenistan
TC|Turks and Caicos Islands|Kepulauan Turks dan Caicos
TV|Tuvalu|Tuvalu
UG|Uganda|Uganda
UA|Ukraine|Ukraina
GB|United Kingdom|Britania Raya
US|United States|Amerika Serikat
UM|United States Minor Outlying Islands|Kepulauan Terluar Kecil Amerika Serikat
UY|Uruguay|Uruguay
UZ|Uzbekistan|Uzbekistan
VU|Vanuatu|Vanuatu
VE|Venezuela|Venezuela
VN|Viet Nam|Vietnam
VG|Virgin Islands (British)|Kepulauan Virgin Britania Raya
VI|Virgin Islands (U.S.)|Kepulauan Virgin Amerika Serikat
WF|Wallis and Futuna|Wallis dan Futuna
EH|Western Sahara|Sahara Barat
YE|Yemen|Yaman
ZW|Zimbabwe|Zimbabwe"""

SPECIAL = """\
ZZ|Other|Lainnya
XX|Not country-specific|Tidak spesifik negara"""


def _rows(block: str) -> list[tuple[str, str, str]]:
    out = []
    for line in block.splitlines():
        code, english, indonesian = line.split("|")
        out.append((code, english, indonesian))
    return out


#: (code, English name, Indonesian name) in display order.
COUNTRY_ROWS: tuple[tuple[str, str, str], ...] = tuple(
    _rows(FREQUENT) + sorted(_rows(OTHERS), key=lambda r: r[1].casefold()) + _rows(SPECIAL)
)
