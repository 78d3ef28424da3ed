"""Reference numbers for test/unit/cluster/kmeans.test.ts (a second implementation: scikit-learn).

Usage: node bin/segmap.js rfm ../shared/data/online_retail/online_retail.csv --out /tmp/retail_rfm.csv
       python3 scripts/reference/kmeans_sklearn.py /tmp/retail_rfm.csv [labels4.txt labels8.txt]
Prints, for log1p R, F, M z-scored, KMeans(n_init=10, random_state=0) inertia and silhouette for
k = 2..10, and the silhouette of given label files (one cluster per line, in segmap rfm's order).
"""
import csv
import sys

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler

rows = list(csv.DictReader(open(sys.argv[1])))
X = np.array([[float(r['recency_days']), float(r['frequency']), float(r['monetary'])] for r in rows])
Z = StandardScaler().fit_transform(np.sign(X) * np.log1p(np.abs(X)))
for k in range(2, 11):
    km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(Z)
    print(k, round(km.inertia_, 4), round(silhouette_score(Z, km.labels_), 4))
for path in sys.argv[2:]:
    print(path, repr(silhouette_score(Z, np.loadtxt(path, dtype=int))))
