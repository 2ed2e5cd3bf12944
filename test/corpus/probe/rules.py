import sys,subprocess
f,page=sys.argv[1],sys.argv[2]
data=subprocess.run(['pdftoppm','-gray','-r','144','-f',page,'-l',page,f],capture_output=True).stdout
# parse PGM P5
parts=data.split(b'\n',3); w,h=map(int,parts[1].split()); px=parts[3]
for y in range(h):
  row=px[y*w:(y+1)*w]
  dark=[x for x in range(w) if row[x]<128]
  if len(dark)>400: print('y %.1fpt'%(y/2), 'x %.1f..%.1fpt'%(min(dark)/2,max(dark)/2), 'n',len(dark))
