#!/bin/bash
# A throwaway public-key infrastructure shaped like the National Certification Authority's, for
# the signature tests: root and intermediate CA, an OCSP responder certificate, people's
# signing certificates (CN, SURNAME, GIVENNAME, serialNumber IIN…, C=KZ; UTF8String names;
# key usage digitalSignature + nonRepudiation; AIA naming the OCSP responder) as .p12 files.
#   make-test-pki.sh DIR OCSP_PORT
# DIR/trust/ holds what court IT would install (root, intermediate, CRL); DIR/keys/*.p12 the
# people's key files, password in DIR/keys/password.txt; DIR/ca/ the CA's own files.
set -euo pipefail
dir=$1
port=$2
mkdir -p "$dir/ca/new" "$dir/trust" "$dir/keys" "$dir/other"
cd "$dir/ca"
: > index.txt
echo 1000 > serial
echo 1000 > crlnumber
cat > ca.cnf <<CNF
[ ca ]
default_ca = intermediate
[ intermediate ]
dir = .
database = ./index.txt
new_certs_dir = ./new
serial = ./serial
crlnumber = ./crlnumber
certificate = ./intermediate.pem
private_key = ./intermediate.key
default_md = sha256
default_days = 365
default_crl_days = 30
policy = anything
unique_subject = no
copy_extensions = none
[ anything ]
commonName = supplied
[ req ]
distinguished_name = dn
string_mask = utf8only
utf8 = yes
[ dn ]
[ root_ext ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ intermediate_ext ]
basicConstraints = critical, CA:true, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ person_ext ]
basicConstraints = CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
authorityInfoAccess = OCSP;URI:http://127.0.0.1:$port/
[ login_ext ]
basicConstraints = CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
authorityInfoAccess = OCSP;URI:http://127.0.0.1:$port/
[ ocsp_ext ]
basicConstraints = CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, OCSPSigning
[ tsa_ext ]
basicConstraints = CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
CNF
export OPENSSL_CONF=$PWD/ca.cnf

openssl req -new -x509 -newkey rsa:2048 -nodes -keyout root.key -out root.pem -days 3650 -utf8 \
    -subj "/C=KZ/CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ ТҮБІР (TEST)" -config ca.cnf -extensions root_ext -set_serial 1 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -keyout intermediate.key -out intermediate.csr -utf8 \
    -subj "/C=KZ/CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST" -config ca.cnf 2>/dev/null
openssl x509 -req -in intermediate.csr -CA root.pem -CAkey root.key -set_serial 2 -days 1825 \
    -extfile ca.cnf -extensions intermediate_ext -out intermediate.pem 2>/dev/null
cp root.pem ../trust/root.pem
cp intermediate.pem ../trust/intermediate.pem

password='Сот-2026 pass'
printf '%s\n' "$password" > ../keys/password.txt

# person NAME SUBJECT KEYSPEC EXTENSIONS [ca options]
person() {
    local name=$1 subject=$2 keyspec=$3 ext=$4
    shift 4
    openssl genpkey $keyspec -out "$name.key" 2>/dev/null
    openssl req -new -key "$name.key" -out "$name.csr" -utf8 -subj "$subject" -config ca.cnf 2>/dev/null
    openssl ca -batch -config ca.cnf -preserveDN -utf8 -notext -extensions "$ext" -in "$name.csr" -out "$name.pem" \
        "$@" 2>/dev/null
    openssl pkcs12 -export -inkey "$name.key" -in "$name.pem" -certfile intermediate.pem \
        -passout "pass:$password" -name "$name" -out "../keys/$name.p12"
}
rsa="-algorithm RSA -pkeyopt rsa_keygen_bits:2048"
person secretary "/C=KZ/serialNumber=IIN850101400123/SN=АХМЕТОВА/GN=ӘСЕЛ ҚАЙРАТҚЫЗЫ/CN=АХМЕТОВА ӘСЕЛ" "$rsa" person_ext
person judge "/C=KZ/serialNumber=IIN700202300456/SN=ИВАНОВ/GN=СЕРГЕЙ ПЕТРОВИЧ/CN=ИВАНОВ СЕРГЕЙ" "$rsa" person_ext
person expired "/C=KZ/serialNumber=IIN900303300789/SN=СӘРСЕНОВ/GN=ҒАЛЫМ/CN=СӘРСЕНОВ ҒАЛЫМ" "$rsa" person_ext \
    -startdate 20200101000000Z -enddate 20210101000000Z
person revoked "/C=KZ/serialNumber=IIN910404400111/SN=ОМАРОВА/GN=ҮМІТ/CN=ОМАРОВА ҮМІТ" "$rsa" person_ext
person login "/C=KZ/serialNumber=IIN850101400123/SN=АХМЕТОВА/GN=ӘСЕЛ/CN=АХМЕТОВА ӘСЕЛ" "$rsa" login_ext
person edwards "/C=KZ/serialNumber=IIN920505300222/SN=ҚАСЫМОВ/GN=НҰРЛАН/CN=ҚАСЫМОВ НҰРЛАН" "-algorithm ED25519" person_ext
openssl ca -batch -config ca.cnf -revoke revoked.pem -crl_reason keyCompromise 2>/dev/null
openssl ca -batch -config ca.cnf -gencrl -out ../trust/intermediate.crl 2>/dev/null

# The OCSP responder's and the timestamp authority's certificates.
openssl req -new -newkey rsa:2048 -nodes -keyout ocsp.key -out ocsp.csr -utf8 -subj "/C=KZ/CN=OCSP TEST" -config ca.cnf 2>/dev/null
openssl x509 -req -in ocsp.csr -CA intermediate.pem -CAkey intermediate.key -set_serial 3 -days 365 \
    -extfile ca.cnf -extensions ocsp_ext -out ocsp.pem 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -keyout tsa.key -out tsa.csr -utf8 -subj "/C=KZ/CN=TSA TEST" -config ca.cnf 2>/dev/null
openssl x509 -req -in tsa.csr -CA intermediate.pem -CAkey intermediate.key -set_serial 4 -days 365 \
    -extfile ca.cnf -extensions tsa_ext -out tsa.pem 2>/dev/null

# A person certified by an authority nobody trusts.
cd ../other
openssl req -new -x509 -newkey rsa:2048 -nodes -keyout other-ca.key -out other-ca.pem -days 365 -utf8 \
    -subj "/C=KZ/CN=БӨТЕН ОРТАЛЫҚ" -config ../ca/ca.cnf -extensions root_ext 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -keyout stranger.key -out stranger.csr -utf8 \
    -subj "/C=KZ/serialNumber=IIN930606400333/CN=БӨТЕН АДАМ" -config ../ca/ca.cnf 2>/dev/null
openssl x509 -req -in stranger.csr -CA other-ca.pem -CAkey other-ca.key -set_serial 5 -days 365 \
    -extfile ../ca/ca.cnf -extensions person_ext -out stranger.pem 2>/dev/null
openssl pkcs12 -export -inkey stranger.key -in stranger.pem -certfile other-ca.pem \
    -passout "pass:$password" -out ../keys/untrusted.p12

# The timestamp authority's configuration for `openssl ts -reply` (TsaResponder.cpp serves it).
cd ../ca
echo 01 > tsaserial
cat > ts.cnf <<CNF
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = .
serial = ./tsaserial
crypto_device = builtin
signer_cert = ./tsa.pem
certs = ./intermediate.pem
signer_key = ./tsa.key
signer_digest = sha256
default_policy = 1.2.398.3.3.2.6.1
digests = sha256
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
CNF

# A timestamp authority certified by the authority nobody trusts (its own folder, served by a
# second tsa_responder): signatures stamped by it are reported at verification.
mkdir -p ../other-tsa
cd ../other-tsa
openssl req -new -newkey rsa:2048 -nodes -keyout tsa.key -out tsa.csr -utf8 -subj "/C=KZ/CN=БӨТЕН TSA" \
    -config ../ca/ca.cnf 2>/dev/null
openssl x509 -req -in tsa.csr -CA ../other/other-ca.pem -CAkey ../other/other-ca.key -set_serial 6 -days 365 \
    -extfile ../ca/ca.cnf -extensions tsa_ext -out tsa.pem 2>/dev/null
cp ../other/other-ca.pem intermediate.pem
echo 01 > tsaserial
cp ../ca/ts.cnf ts.cnf
