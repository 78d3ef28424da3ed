"""Reference for `npm run bench`: the same cleaning and RFM in pandas, timed, as a second implementation.

Usage: python3 scripts/bench_pandas.py online_retail.csv OUT.csv
Prints JSON {"pandasMs": ..., "customers": ..., "invoices": ...}; writes customer_id,recency_days,frequency,monetary.
"""
import json
import sys
import time

import pandas as pd

t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1], dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str}, encoding="utf-8")
df = df[df["CustomerID"].notna()]
df = df[~df["InvoiceNo"].str.startswith("C") & (df["Quantity"] >= 0)]
df["Amount"] = df["Quantity"] * df["UnitPrice"]
df = df[df["Amount"] > 0]
df = df[~df.duplicated()]
df["Day"] = pd.to_datetime(df["InvoiceDate"], format="%Y-%m-%d %H:%M:%S").dt.normalize()
ref = df["Day"].max() + pd.Timedelta(days=1)
g = df.groupby(df["CustomerID"].str.replace(r"\.0$", "", regex=True))
rfm = pd.DataFrame(
    {
        "recency_days": (ref - g["Day"].max()).dt.days,
        "frequency": g["InvoiceNo"].nunique(),
        "monetary": g["Amount"].sum().round(2),
    }
)
ms = (time.perf_counter() - t0) * 1000
rfm.to_csv(sys.argv[2], index_label="customer_id")
print(json.dumps({"pandasMs": round(ms), "customers": len(rfm), "invoices": int(df["InvoiceNo"].nunique())}))
