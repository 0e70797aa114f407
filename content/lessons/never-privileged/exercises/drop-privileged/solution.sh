#!/bin/sh
# The sensor reader only needs the USB serial adapter at /dev/ttyUSB0.
# Reading that one device is the reader's whole job, so this device is an accepted exception.
# shipshape ignore=host-device
docker run -d --name sensor-reader --device /dev/ttyUSB0:r \
  --cap-drop ALL \
  --security-opt no-new-privileges \
  sensor-reader:1.4
